package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.tui.Terminals;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The terminal's part of the launcher's class-data-sharing training run: a short shell session (Tab,
 * a lesson paged and quit, a lookup) on an in-memory terminal that is not dumb, and the native
 * terminal's classes, so that the archive holds jline's line editor, display and pager classes and
 * opening the shell or a lesson does not load them from the jar. No real terminal is touched.
 */
public final class ShellTraining {
    /** Keys as a user types them: Tab, a lesson (next, quit), history, a lookup, exit. */
    private static final String KEYS = "chap\t\rlearn chapter2\rnq\u001b[A\u001b[Bshow ru\t\rexp\tdocker ps -a\rexit\r";

    private ShellTraining() {}

    /** Runs the session on a thread of its own, given at most 30 s: a training run must never hang. */
    public static void run(AppContext ctx) {
        Thread thread = new Thread(() -> {
            try {
                session(ctx);
            } catch (Throwable e) {
                // fewer classes archived, nothing more
            }
        }, "shell-training");
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void session(AppContext ctx) throws Exception {
        Terminals.loadNativeClasses();
        Terminal terminal = new DumbTerminal("training", "xterm-256color",
                new ByteArrayInputStream(KEYS.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        terminal.setSize(new Size(100, 30));
        try (terminal) {
            new Shell(ctx, terminal, terminal.writer(), null, Map.of()).run();
        }
    }
}
