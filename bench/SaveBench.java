import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressStore;
import dev.dockernotes.progress.QuizRecord;
import dev.dockernotes.quiz.Scheduler;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The progress-file half of bench/bench.sh: a learner who has answered ANSWERS questions (spread over
 * QUESTIONS question ids), then SAVES more answers saved one at a time as a quiz does (lock, re-read,
 * change, atomic write, fsync). Prints the file size, the time of one save (median and max) and the
 * memory one save allocates. Uses only the public API, so it runs against older builds too.
 *
 * <pre>java -cp target/dockernotes.jar:CLASSES SaveBench STATE_DIR [ANSWERS [QUESTIONS [SAVES]]]</pre>
 */
public class SaveBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int answers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int questions = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int saves = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        ProgressStore store = new ProgressStore(dir);
        Scheduler scheduler = new Scheduler();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        store.update(p -> {
            for (int i = 0; i < answers; i++) {
                answer(p, scheduler, "q" + (i % questions), start.plusSeconds(60L * i), (i / questions) % 4 != 3);
            }
        });
        long size = Files.size(dir.resolve(ProgressStore.FILE_NAME));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        double[] ms = new double[saves];
        long[] allocated = new long[saves];
        for (int i = 0; i < saves; i++) {
            int n = i;
            Instant at = start.plusSeconds(60L * (answers + i));
            long a0 = threads.getThreadAllocatedBytes(tid);
            long t0 = System.nanoTime();
            store.update(p -> answer(p, scheduler, "q" + (n % questions), at, n % 4 != 3));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            allocated[i] = threads.getThreadAllocatedBytes(tid) - a0;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        long[] alloc = allocated.clone();
        Arrays.sort(alloc);
        System.out.printf("%d answers over %d questions: file %.1f KB; one save: median %.1f ms, max %.1f ms"
                        + " (%d saves); allocates %.1f MB a save (median); heap after GC %.1f MB; max heap %d MB%n",
                answers, questions, size / 1024.0, sorted[saves / 2], sorted[saves - 1], saves,
                alloc[saves / 2] / 1048576.0, heap / 1048576.0, rt.maxMemory() / 1048576);
    }

    private static void answer(Progress p, Scheduler scheduler, String id, Instant at, boolean correct) {
        QuizRecord r = p.quiz(id);
        r.addAttempt(at, correct, correct ? "docker container run -d --name web -p 8080:80 nginx" : "docker run nginx");
        scheduler.review(r.schedule(), correct, at);
    }
}
