package dev.dockernotes.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A second dockernotes process for the tests: saves progress in a loop, marking sections
 * PREFIX0, PREFIX1, ... read, and prints "saved N" after each save.
 *
 * <pre>java -cp CLASSPATH dev.dockernotes.progress.ProgressWriterMain STATE_DIR PREFIX COUNT [PHASE]</pre>
 * COUNT -1 saves until killed. With PHASE (a {@link SaveHook} phase), the save after
 * COUNT saves stops the process dead at that point of the write (Runtime.halt: no cleanup, as kill -9).
 */
public final class ProgressWriterMain {
    private ProgressWriterMain() {}

    public static void main(String[] args) {
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        String haltAt = args.length > 3 ? args[3] : null;
        int[] saves = {0};
        ProgressStore store = new ProgressStore(Path.of(args[0]), Clock.systemUTC(), phase -> {
            if (phase.equals(haltAt) && saves[0] == count) {
                System.out.println("halting at " + phase);
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        });
        for (int i = 0; count < 0 || i < count || haltAt != null; i++) {
            int n = i;
            store.update(p -> {
                p.markRead("chapter1", prefix + n, "Section " + prefix + n);
                // some bulk, so a kill can land in the middle of writing
                p.quiz(prefix + "-q" + (n % 50)).addAttempt(Instant.now(), n % 2 == 0, "docker run -d nginx " + n);
            });
            saves[0]++;
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
