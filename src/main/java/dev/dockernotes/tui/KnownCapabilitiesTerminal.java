package dev.dockernotes.tui;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;

/**
 * jline's system terminal, given the capabilities of its type instead of parsing them (see
 * {@link CapabilityCache}); without them it parses as jline does.
 */
final class KnownCapabilitiesTerminal extends PosixSysTerminal {
    /** PosixSysTerminal's constructor asks for the capabilities before this class's fields are set. */
    private static final ThreadLocal<CapabilityCache.Capabilities> GIVEN = new ThreadLocal<>();

    private KnownCapabilitiesTerminal(String name, String type, Pty pty, Charset encoding, Charset stdinEncoding,
                                      Charset stdoutEncoding, boolean nativeSignals, SignalHandler signalHandler) throws IOException {
        super(name, type, pty, encoding, stdinEncoding, stdoutEncoding, nativeSignals, signalHandler);
    }

    static KnownCapabilitiesTerminal open(CapabilityCache.Capabilities given, String name, String type, Pty pty, Charset encoding,
                                          Charset stdinEncoding, Charset stdoutEncoding, boolean nativeSignals,
                                          SignalHandler signalHandler) throws IOException {
        GIVEN.set(given);
        try {
            return new KnownCapabilitiesTerminal(name, type, pty, encoding, stdinEncoding, stdoutEncoding, nativeSignals, signalHandler);
        } finally {
            GIVEN.remove();
        }
    }

    @Override
    protected void parseInfoCmp() {
        CapabilityCache.Capabilities given = GIVEN.get();
        if (given == null) {
            super.parseInfoCmp();
            return;
        }
        bools.addAll(given.bools());
        ints.putAll(given.ints());
        strings.putAll(given.strings());
    }

    /** What this terminal knows of its type, to keep for the next start. */
    CapabilityCache.Capabilities capabilities() {
        return new CapabilityCache.Capabilities(bools, ints, strings);
    }
}
