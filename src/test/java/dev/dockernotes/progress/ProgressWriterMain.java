package dev.dockernotes.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A second dockernotes process for the tests: saves progress in a loop, marking sections
 * PREFIX0, PREFIX1, ... read, and prints "saved N" after each save.
 *
 * <pre>java -cp CLASSPATH dev.dockernotes.progress.ProgressWriterMain STATE_DIR PREFIX COUNT [PHASE]</pre>
 * COUNT -1 saves until killed. With PHASE (a {@link SaveHook} phase), the save after COUNT saves
 * prints "paused at PHASE" when it reaches that point and waits there (reading standard input) for
 * the test to kill it: a kill -9 at a known point of the save.
 */
public final class ProgressWriterMain {
    private ProgressWriterMain() {}

    public static void main(String[] args) {
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        String pauseAt = args.length > 3 ? args[3] : null;
        int[] saves = {0};
        ProgressStore store = new ProgressStore(Path.of(args[0]), Clock.systemUTC(), phase -> {
            if (phase.equals(pauseAt) && saves[0] == count) {
                System.out.println("paused at " + phase);
                System.out.flush();
                try {
                    System.in.read(); // until killed
                } catch (java.io.IOException e) {
                    // killed anyway
                }
                Runtime.getRuntime().halt(1); // stdin closed without a kill: not what the test wants
            }
        });
        for (int i = 0; count < 0 || i < count || pauseAt != null; i++) {
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
