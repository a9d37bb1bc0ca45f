package dev.dockernotes.repl;

import dev.dockernotes.DockernotesException;
import dev.dockernotes.cli.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** The only place that builds a jline Terminal. */
public final class Terminals {
    private Terminals() {}

    /**
     * The real terminal, for interactive commands (lesson pager, quiz) and the shell. Only call it
     * when standard input and output are both terminals: building it costs 170-250 ms.
     */
    public static Terminal system() {
        try {
            Terminal terminal = TerminalBuilder.builder()
                    .name("dockernotes")
                    .system(true)
                    .encoding(StandardCharsets.UTF_8)
                    .build();
            noQuitKey(terminal);
            return sized(terminal);
        } catch (IOException e) {
            throw new DockernotesException("cannot open the terminal: " + e.getMessage());
        }
    }

    /**
     * The shell's terminal: the real one when stdin and stdout are terminals, else a dumb one
     * reading the piped script from the environment's stdin and writing to {@code out}, so that
     * {@code printf 'show runc\nexit\n' | dockernotes shell} and in-process tests work alike.
     * Commands then read standard input from the same lines as the shell.
     */
    public static Terminal forShell(dev.dockernotes.cli.AppContext ctx, PrintWriter out) {
        Environment env = ctx.env();
        if (env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            return system();
        }
        LineInput shared = new LineInput(env.stdin());
        ctx.useShellInput(shared); // a quiz in the script reads its answers from the same lines
        return dumb(shared, new WriterOutputStream(out));
    }

    /** A dumb terminal over streams: no escape codes, no pump thread, deterministic in tests. */
    public static Terminal dumb(InputStream in, OutputStream out) {
        try {
            return sized(new DumbTerminal("dockernotes", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DockernotesException("cannot open the terminal: " + e.getMessage());
        }
    }

    /**
     * Ctrl-\ would send SIGQUIT, on which the JVM prints a thread dump into the lesson or quiz (it
     * keeps that signal for itself). While dockernotes has the terminal the key sends nothing; jline
     * puts the terminal's settings back when it is closed.
     */
    private static void noQuitKey(Terminal terminal) {
        org.jline.terminal.Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(org.jline.terminal.Attributes.ControlChar.VQUIT, 0); // _POSIX_VDISABLE
        terminal.setAttributes(attributes);
    }

    /** Some terminals (and every dumb one) report 0 columns: lay out for 80x24 then. */
    private static Terminal sized(Terminal terminal) {
        if (terminal.getWidth() <= 0 || terminal.getHeight() <= 0) {
            terminal.setSize(new Size(80, 24));
        }
        return terminal;
    }
}
