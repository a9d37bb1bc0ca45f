package dev.dockernotes.tui;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/** Raw key reading for the quiz widgets: no echo, no line buffering, and Ctrl-C as a key (char 3), not a signal. */
final class RawKeys {
    private RawKeys() {}

    /** Enters raw mode; returns the attributes to restore with {@code terminal.setAttributes}. */
    static Attributes enter(Terminal terminal) {
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        return saved;
    }
}
