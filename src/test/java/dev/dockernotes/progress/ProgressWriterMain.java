package dev.dockernotes.progress;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A second dockernotes process for the tests: saves progress in a loop, marking sections
 * PREFIX0, PREFIX1, ... read, and prints "saved N" after each save.
 *
 * <pre>java -cp CLASSPATH dev.dockernotes.progress.ProgressWriterMain STATE_DIR PREFIX COUNT</pre>
 * COUNT -1 saves until killed.
 */
public final class ProgressWriterMain {
    private ProgressWriterMain() {}

    public static void main(String[] args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]));
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        for (int i = 0; count < 0 || i < count; i++) {
            int n = i;
            store.update(p -> {
                p.markRead("chapter1", prefix + n, "Section " + prefix + n);
                // some bulk, so a kill can land in the middle of writing
                p.quiz(prefix + "-q" + (n % 50)).addAttempt(Instant.now(), n % 2 == 0, "docker run -d nginx " + n);
            });
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
