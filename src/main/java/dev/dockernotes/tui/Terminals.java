package dev.dockernotes.tui;

import dev.dockernotes.errors.DockernotesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** The only place that builds a jline Terminal (the shell's dumb one over a piped script included). */
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
