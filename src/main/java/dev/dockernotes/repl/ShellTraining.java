package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.fast.FastPath;
import dev.dockernotes.tui.LineScreens;
import dev.dockernotes.tui.TerminalScreens;
import dev.dockernotes.tui.Terminals;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The terminal's part of the launcher's class-data-sharing training run: a short shell session (Tab,
 * a lesson paged and quit, a lookup) and a one-shot lesson as {@code dockernotes learn} runs on a
 * terminal (opened beside the notes, paged, quit), so that the archive holds jline's line editor,
 * display and pager classes and the lambdas of opening a terminal, and a lesson or the shell does
 * not load or spin them at start. Both run on pseudo-terminals of their own (keys from memory, the
 * screen dropped); where none can be had, the shell runs on an in-memory terminal that is not dumb.
 * The user's terminal is never touched.
 */
public final class ShellTraining {
    /** Keys as a user types them: Tab, a lesson (next, quit), history, a lookup, exit. */
    private static final String KEYS = "chap\t\rlearn chapter2\rnq\u001b[A\u001b[Bshow ru\t\rexp\tdocker ps -a\rexit\r";
    /** The one-shot lesson: next section, quit. */
    private static final String LESSON_KEYS = "nq";

    private ShellTraining() {}

    /** Runs the sessions on a thread of their own, given at most 30 s: a training run must never hang. */
    public static void run(AppContext ctx) {
        Thread thread = new Thread(() -> {
            try {
                session(ctx);
            } catch (Throwable e) {
                // fewer classes archived, nothing more
            }
            try {
                lesson(ctx.env());
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
        Terminal pty = Terminals.onNewPseudoTerminal(keys(KEYS));
        Terminal terminal = pty != null ? pty : new DumbTerminal("training", "xterm-256color", keys(KEYS),
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        if (pty == null) {
            terminal.setSize(new Size(100, 30));
        }
        try (terminal) {
            new Shell(ctx, terminal, terminal.writer(), null, Map.of()).run();
        }
    }

    /** {@code learn chapter2} on a terminal, through the entry point's fast path and screens. */
    private static void lesson(Environment env) {
        Terminal terminal = Terminals.onNewPseudoTerminal(keys(LESSON_KEYS));
        if (terminal == null) {
            return;
        }
        AppContext ctx = new AppContext(new Environment(env.variables(), InputStream.nullInputStream(), true, true));
        try (TerminalScreens screens = TerminalScreens.forCommand(ctx, () -> terminal, new LineScreens(() -> ctx.env().stdin()))) {
            ctx.useScreens(screens);
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            FastPath.execute(ctx, sink, sink, new String[] {"learn", "chapter2"});
        }
    }

    private static InputStream keys(String keys) {
        return new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
    }
}
