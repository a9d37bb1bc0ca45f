package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.ControlFlag;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.junit.jupiter.api.Test;

/** The native terminal's termios <-> jline Attributes conversion, on the settings `stty sane` gives a pty. */
class LinuxTermiosTest {
    /** stty -g of a fresh tmux pane: iflag 4500 (ICRNL IXON IUTF8), oflag 5, cflag bf (B38400 CS8 CREAD), lflag 8a3b. */
    private static LinuxTermios sane() {
        byte[] cc = {3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0};
        return new LinuxTermios(0x4500, 0x5, 0xbf, 0x8a3b, cc);
    }

    @Test
    void readsWhatTheTerminalHas() {
        Attributes a = sane().toAttributes();
        assertThat(a.getInputFlags()).isEqualTo(EnumSet.of(InputFlag.ICRNL, InputFlag.IXON, InputFlag.IUTF8));
        assertThat(a.getLocalFlags()).contains(LocalFlag.ISIG, LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ECHOCTL)
                .doesNotContain(LocalFlag.ECHONL, LocalFlag.TOSTOP);
        assertThat(a.getControlFlags()).contains(ControlFlag.CS8, ControlFlag.CREAD).doesNotContain(ControlFlag.CS5, ControlFlag.CS7);
        assertThat(a.getControlChar(ControlChar.VINTR)).isEqualTo(3); // Ctrl-C
        assertThat(a.getControlChar(ControlChar.VQUIT)).isEqualTo(28); // Ctrl-\
        assertThat(a.getControlChar(ControlChar.VERASE)).isEqualTo(127);
        assertThat(a.getControlChar(ControlChar.VMIN)).isEqualTo(1);
    }

    @Test
    void rawModeChangesOnlyWhatJlineChanges() {
        LinuxTermios before = sane();
        Attributes raw = before.toAttributes();
        raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
        raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
        raw.setControlChar(ControlChar.VMIN, 0);
        raw.setControlChar(ControlChar.VTIME, 1);
        raw.setControlChar(ControlChar.VQUIT, 0); // Ctrl-\ sends nothing
        LinuxTermios after = before.with(raw);
        assertThat(after.iflag()).isEqualTo(0x4000);
        assertThat(after.lflag()).isEqualTo(0x8a3b & ~(0x2 | 0x8 | 0x8000));
        assertThat(after.cflag()).as("speed and size untouched").isEqualTo(0xbf);
        assertThat(after.oflag()).isEqualTo(0x5);
        assertThat(after.cc()[6]).isZero();
        assertThat(after.cc()[5]).isEqualTo((byte) 1);
        assertThat(after.cc()[1]).isZero();
        assertThat(after.with(before.toAttributes())).as("restoring gives back the very same settings").isEqualTo(before);
    }

    @Test
    void whatAttributesCannotSayIsKept() {
        // B9600 (0xd), CRTSCTS (0x80000000), TAB1 (0x800 of TABDLY) and a character in c_cc[31]
        byte[] cc = sane().cc();
        cc[31] = 42;
        LinuxTermios odd = new LinuxTermios(0x4500, 0x805, 0x800000bdL, 0x8a3b, cc);
        assertThat(odd.with(odd.toAttributes())).isEqualTo(odd);
    }

    @Test
    void anySettingsSurviveTheRoundTrip() {
        Random random = new Random(17);
        for (int i = 0; i < 500; i++) {
            byte[] cc = new byte[LinuxTermios.NCCS];
            random.nextBytes(cc);
            LinuxTermios t = new LinuxTermios(random.nextInt() & 0x7fff, random.nextInt() & 0xffff,
                    random.nextInt() & 0xfff, random.nextInt() & 0x1ffff, cc);
            assertThat(t.with(t.toAttributes())).isEqualTo(t);
        }
    }

    @Test
    void theCharacterSizeIsOneField() {
        Attributes seven = sane().toAttributes();
        seven.setControlFlag(ControlFlag.CS8, false);
        seven.setControlFlag(ControlFlag.CS7, true);
        LinuxTermios t = sane().with(seven);
        assertThat(t.cflag() & 0x30).isEqualTo(0x20);
        assertThat(t.toAttributes().getControlFlags()).contains(ControlFlag.CS7).doesNotContain(ControlFlag.CS8, ControlFlag.CS6);
    }
}
