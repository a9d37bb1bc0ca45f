package dev.dockernotes.tui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import org.jline.nativ.CLibrary;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A jline terminal provider for the system terminal on Linux over jline-native's system calls
 * (what jline-terminal-jni does, which does not resolve here): a {@link PosixSysTerminal} on a
 * {@link NativePty}, so jline's own code keeps raw mode, signals, resizing and restoring on close.
 * Only usable once {@link NativeLibrary#load()} succeeded.
 */
final class NativeTerminalProvider implements TerminalProvider {
    static final String NAME = "dockernotes-native";

    /** The capabilities of the terminal's type when already known (kept from an earlier start), else null. */
    private final CapabilityCache.Capabilities known;

    NativeTerminalProvider(CapabilityCache.Capabilities known) {
        this.known = known;
    }

    NativeTerminalProvider() {
        this(null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Terminal sysTerminal(String name, String type, boolean ansiPassThrough, Charset encoding, Charset stdinEncoding,
                                Charset stdoutEncoding, Charset stderrEncoding, boolean nativeSignals,
                                Terminal.SignalHandler signalHandler, boolean paused, SystemStream systemStream) throws IOException {
        if (systemStream != SystemStream.Output || !isSystemStream(SystemStream.Input) || !isSystemStream(SystemStream.Output)) {
            throw new IOException("standard input and output are not both a terminal");
        }
        return KnownCapabilitiesTerminal.open(known, name, type, new NativePty(this, systemStreamName(SystemStream.Output)), encoding,
                stdinEncoding, stdoutEncoding, nativeSignals, signalHandler);
    }

    /**
     * The terminal {@link #sysTerminal} opens, on a pseudo-terminal of the training run's own
     * ({@code fd}) instead of standard input and output: the same classes and system calls.
     */
    Terminal onPseudoTerminal(String type, int fd, String fdName, InputStream keys, OutputStream screen) throws IOException {
        return KnownCapabilitiesTerminal.open(known, "dockernotes", type, new NativePty(this, fdName, fd, keys, screen),
                java.nio.charset.StandardCharsets.UTF_8, java.nio.charset.StandardCharsets.UTF_8,
                java.nio.charset.StandardCharsets.UTF_8, true, Terminal.SignalHandler.SIG_DFL);
    }

    @Override
    public Terminal newTerminal(String name, String type, InputStream in, OutputStream out, Charset encoding,
                                Charset stdinEncoding, Charset stdoutEncoding, Charset stderrEncoding,
                                Terminal.SignalHandler signalHandler, boolean paused, Attributes attributes, Size size) {
        throw new UnsupportedOperationException("only the system terminal");
    }

    @Override
    public boolean isSystemStream(SystemStream stream) {
        return CLibrary.isatty(fd(stream)) == 1;
    }

    @Override
    public String systemStreamName(SystemStream stream) {
        String name = CLibrary.ttyname(fd(stream));
        return name == null ? "" : name.trim();
    }

    @Override
    public int systemStreamWidth(SystemStream stream) {
        CLibrary.WinSize size = new CLibrary.WinSize();
        return CLibrary.ioctl(fd(stream), CLibrary.TIOCGWINSZ, size) == 0 ? size.ws_col : -1;
    }

    private static int fd(SystemStream stream) {
        return switch (stream) {
            case Input -> 0;
            case Output -> 1;
            case Error -> 2;
        };
    }

    @Override
    public String toString() {
        return "TerminalProvider[" + NAME + "]";
    }
}
