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
            return open(System.getenv("TERM"), SYSTEM, true);
        } catch (IOException e) {
            throw new DockernotesException("cannot open the terminal: " + e.getMessage());
        }
    }

    /**
     * A terminal of {@code type} opened by {@code opener} on our provider, with what we keep of its
     * type between starts; else, when {@code orExec}, by jline's exec provider; else null.
     */
    private static Terminal open(String type, Opener opener, boolean orExec) throws IOException {
        java.util.Optional<TerminfoCache> terminfo = NativeLibrary.besideTheJar().map(dir -> new TerminfoCache(dir, System.getenv()));
        terminfo.ifPresent(t -> t.prime(type));
        Terminal terminal = nativeTerminal(type, terminfo, opener);
        if (terminal == null) {
            if (!orExec) {
                return null;
            }
            terminal = TerminalBuilder.builder()
                    .name("dockernotes")
                    .system(true)
                    .encoding(StandardCharsets.UTF_8)
                    .build();
        }
        terminfo.ifPresent(t -> t.keep(type));
        noQuitKey(terminal);
        return sized(terminal);
    }

    /**
     * Standard output's width in columns, asked with one system call (TIOCGWINSZ) and without
     * opening a terminal; 0 when stdout is no terminal or the native library cannot be used here.
     * One-shot commands on a terminal would otherwise run {@code stty size} (a child process).
     */
    public static int stdoutColumns() {
        if (!NativeLibrary.load()) {
            return 0;
        }
        try {
            org.jline.nativ.CLibrary.WinSize size = new org.jline.nativ.CLibrary.WinSize();
            int stdout = 1;
            return org.jline.nativ.CLibrary.isatty(stdout) == 1
                    && org.jline.nativ.CLibrary.ioctl(stdout, org.jline.nativ.CLibrary.TIOCGWINSZ, size) == 0
                    ? Math.max(0, size.ws_col) : 0;
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }

    /** Which terminal our provider opens: the process's own, or (in training) a pseudo-terminal. */
    @FunctionalInterface
    private interface Opener {
        Terminal open(NativeTerminalProvider provider, String type) throws IOException;
    }

    private static final Opener SYSTEM = (provider, type) -> provider.sysTerminal("dockernotes", type, false,
            StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8, true,
            Terminal.SignalHandler.SIG_DFL, false, org.jline.terminal.spi.SystemStream.Output);

    /**
     * For the launcher's class-data-sharing training run, which has no terminal: a terminal opened
     * as {@link #system()} opens one (the same classes, lambdas and system calls, so that the archive
     * holds them), on a new pseudo-terminal whose keys are {@code keys} and whose screen is dropped.
     * Null where the native library cannot be used or no pseudo-terminal can be had. Its two file
     * descriptors stay open until the (short) training process exits: jline-native cannot close one.
     */
    public static Terminal onNewPseudoTerminal(InputStream keys) {
        if (!NativeLibrary.load()) {
            return null;
        }
        int[] master = new int[1];
        int[] slave = new int[1];
        byte[] name = new byte[64];
        try {
            if (org.jline.nativ.CLibrary.openpty(master, slave, name, null, new org.jline.nativ.CLibrary.WinSize((short) 30, (short) 100)) != 0) {
                return null;
            }
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
        String env = System.getenv("TERM"); // the type of the terminal the user built in, which the lessons will open
        String type = env == null || env.isEmpty() || env.startsWith(Terminal.TYPE_DUMB) ? "xterm-256color" : env;
        String ptyName = new String(name, StandardCharsets.US_ASCII).trim();
        int fd = slave[0];
        try {
            return open(type, (provider, t) -> provider.onPseudoTerminal(t, fd, ptyName, keys, OutputStream.nullOutputStream()), false);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The system terminal on our provider, with TerminalBuilder's defaults (native signals, default
     * handlers, $TERM); null when the native library cannot be used here.
     */
    private static Terminal nativeTerminal(String type, java.util.Optional<TerminfoCache> terminfo, Opener opener) {
        if (!NativeLibrary.load()) {
            return null;
        }
        java.util.Optional<CapabilityCache> cache = NativeLibrary.besideTheJar().map(CapabilityCache::new);
        java.util.Optional<String> key = capabilitiesKey(type, terminfo);
        CapabilityCache.Capabilities known = cache.isPresent() && key.isPresent()
                ? cache.get().read(type, key.get()).orElse(null) : null;
        try {
            Terminal terminal = opener.open(new NativeTerminalProvider(known), type);
            if (known == null && cache.isPresent() && key.isPresent() && terminal instanceof KnownCapabilitiesTerminal parsed) {
                cache.get().write(type, key.get(), parsed.capabilities());
            }
            return terminal;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null; // jline's exec provider may still manage
        }
    }

    /**
     * Where the capabilities of {@code type} come from: its terminfo file (path, size, time), or, for
     * the types jline carries itself, this jar (a rebuild may bring another jline); empty when that
     * cannot be told, and then they are parsed every time.
     */
    private static java.util.Optional<String> capabilitiesKey(String type, java.util.Optional<TerminfoCache> terminfo) {
        if (type == null || type.isEmpty() || terminfo.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> file = terminfo.get().key(type);
        if (file.isPresent()) {
            return java.util.Optional.of(type + " terminfo " + file.get());
        }
        if (org.jline.utils.InfoCmp.getDefaultInfoCmp(type) == null) {
            return java.util.Optional.empty();
        }
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(Terminals.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.util.Optional.of(type + " jline " + jar.toAbsolutePath() + " " + java.nio.file.Files.size(jar) + " "
                    + java.nio.file.Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Loads (without initialising: no library is loaded, no terminal opened) the classes the native
     * terminal uses, for the launcher's class-data-sharing training run.
     */
    public static void loadNativeClasses() {
        ClassLoader loader = Terminals.class.getClassLoader();
        for (String name : new String[] {"dev.dockernotes.tui.NativePty", "dev.dockernotes.tui.NativeTerminalProvider",
                "dev.dockernotes.tui.NativeTerminalProvider$1",
                "dev.dockernotes.tui.TerminfoCache", "org.jline.nativ.CLibrary", "org.jline.nativ.CLibrary$Termios",
                "org.jline.nativ.CLibrary$WinSize", "org.jline.nativ.JLineNativeLoader", "org.jline.nativ.OSInfo",
                "org.jline.terminal.impl.PosixSysTerminal", "org.jline.terminal.impl.AbstractPosixTerminal",
                "org.jline.terminal.impl.AbstractPty", "org.jline.terminal.impl.AbstractPty$PtyInputStream",
                "org.jline.utils.Signals", "org.jline.utils.ShutdownHooks", "org.jline.utils.NonBlockingInputStreamImpl"}) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // one class fewer in the archive
            }
        }
        LinuxTermios sane = new LinuxTermios(0x4500, 0x5, 0xbf, 0x8a3b, new byte[LinuxTermios.NCCS]);
        sane.with(sane.toAttributes());
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
