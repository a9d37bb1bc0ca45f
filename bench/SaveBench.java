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
 * change, atomic write, fsync). Prints the file size, the time of one save (median and max, wall and
 * this thread's CPU) and the memory one save allocates, twice: saves by one store, as one quiz makes
 * them (the file is read again and compared, but not parsed again when no one changed it), and saves
 * by two stores taking turns, as two dockernotes at once (each save finds the file changed by the
 * other and parses it). Uses only the public API, so it runs against older builds too.
 *
 * <pre>java -cp target/dockernotes.jar:CLASSES SaveBench STATE_DIR [ANSWERS [QUESTIONS [SAVES]]]</pre>
 */
public class SaveBench {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

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
        System.out.printf("%d answers over %d questions: file %.1f KB%n", answers, questions, size / 1024.0);
        ProgressStore other = new ProgressStore(dir);
        for (boolean turns : new boolean[] {false, true}) {
            double[] ms = new double[saves];
            double[] cpu = new double[saves];
            long[] allocated = new long[saves];
            for (int i = 0; i < saves; i++) {
                int n = i + (turns ? saves : 0);
                Instant at = start.plusSeconds(60L * (answers + n));
                ProgressStore by = turns && i % 2 == 1 ? other : store;
                long a0 = THREADS.getCurrentThreadAllocatedBytes();
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                by.update(p -> answer(p, scheduler, "q" + (n % questions), at, n % 4 != 3));
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                allocated[i] = THREADS.getCurrentThreadAllocatedBytes() - a0;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            Arrays.sort(allocated);
            System.out.printf("  one save %s: median %.1f ms (CPU %.1f ms), max %.1f ms (%d saves); allocates %.1f MB"
                            + " a save (median)%n", turns ? "by two stores in turn" : "by one store",
                    ms[saves / 2], cpu[saves / 2], ms[saves - 1], saves, allocated[saves / 2] / 1048576.0);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("  heap after GC %.1f MB; max heap %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576);
    }

    private static void answer(Progress p, Scheduler scheduler, String id, Instant at, boolean correct) {
        QuizRecord r = p.quiz(id);
        r.addAttempt(at, correct, correct ? "docker container run -d --name web -p 8080:80 nginx" : "docker run nginx");
        scheduler.review(r.schedule(), correct, at);
    }
}
