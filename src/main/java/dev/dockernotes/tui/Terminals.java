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
     * when standard input and output are both terminals. On Linux it is built on jline-native's
     * system calls ({@link NativeTerminalProvider}); elsewhere, or when that library cannot be
     * loaded, by jline's exec provider, which runs {@code stty} for every change of mode (that
     * costs 170-250 ms at start).
     */
    public static Terminal system() {
        try {
            Terminal terminal = nativeTerminal();
            if (terminal == null) {
                terminal = TerminalBuilder.builder()
                        .name("dockernotes")
                        .system(true)
                        .encoding(StandardCharsets.UTF_8)
                        .build();
            }
            noQuitKey(terminal);
            return sized(terminal);
        } catch (IOException e) {
            throw new DockernotesException("cannot open the terminal: " + e.getMessage());
        }
    }

    /**
     * The system terminal on our provider, with TerminalBuilder's defaults (native signals, default
     * handlers, $TERM); null when the native library cannot be used here.
     */
    private static Terminal nativeTerminal() {
        if (!NativeLibrary.load()) {
            return null;
        }
        try {
            return new NativeTerminalProvider().sysTerminal("dockernotes", System.getenv("TERM"), false, StandardCharsets.UTF_8,
                    StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8, true, Terminal.SignalHandler.SIG_DFL,
                    false, org.jline.terminal.spi.SystemStream.Output);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null; // jline's exec provider may still manage
        }
    }

    /**
     * Whether {@code e} (or a cause) is Ctrl-C stopping a read: jline's interrupt, or an interrupted
     * read or wait (jline's key readers wrap one in an IOError).
     */
    public static boolean stoppedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.jline.reader.UserInterruptException || t instanceof java.io.InterruptedIOException
                    || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
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
