package dev.dockernotes.tui;

import java.util.Arrays;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.ControlFlag;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;

/**
 * A Linux {@code struct termios} (the bits and control characters jline knows; speeds live in
 * {@code c_cflag}) and its conversion to and from jline's {@link Attributes}. Linux's values are the
 * same on x86_64 and arm64. Writing attributes back changes only the bits jline's attributes say
 * changed, so what they cannot express (the line speed, CRTSCTS, a tab-delay value) is kept as it was
 * and restoring the original attributes gives back exactly the settings the terminal had.
 */
record LinuxTermios(long iflag, long oflag, long cflag, long lflag, byte[] cc) {
    /** {@code NCCS} on Linux. */
    static final int NCCS = 32;

    private static final long CSIZE = 0x30;

    private static final Map<InputFlag, Long> INPUT = Map.ofEntries(
            Map.entry(InputFlag.IGNBRK, 0x1L), Map.entry(InputFlag.BRKINT, 0x2L), Map.entry(InputFlag.IGNPAR, 0x4L),
            Map.entry(InputFlag.PARMRK, 0x8L), Map.entry(InputFlag.INPCK, 0x10L), Map.entry(InputFlag.ISTRIP, 0x20L),
            Map.entry(InputFlag.INLCR, 0x40L), Map.entry(InputFlag.IGNCR, 0x80L), Map.entry(InputFlag.ICRNL, 0x100L),
            Map.entry(InputFlag.IXON, 0x400L), Map.entry(InputFlag.IXANY, 0x800L), Map.entry(InputFlag.IXOFF, 0x1000L),
            Map.entry(InputFlag.IMAXBEL, 0x2000L), Map.entry(InputFlag.IUTF8, 0x4000L));

    /** Multi-bit fields (CRDLY, TABDLY) count as set when any of their bits is. */
    private static final Map<OutputFlag, Long> OUTPUT = Map.ofEntries(
            Map.entry(OutputFlag.OPOST, 0x1L), Map.entry(OutputFlag.ONLCR, 0x4L), Map.entry(OutputFlag.OCRNL, 0x8L),
            Map.entry(OutputFlag.ONOCR, 0x10L), Map.entry(OutputFlag.ONLRET, 0x20L), Map.entry(OutputFlag.OFILL, 0x40L),
            Map.entry(OutputFlag.OFDEL, 0x80L), Map.entry(OutputFlag.NLDLY, 0x100L), Map.entry(OutputFlag.CRDLY, 0x600L),
            Map.entry(OutputFlag.TABDLY, 0x1800L), Map.entry(OutputFlag.BSDLY, 0x2000L), Map.entry(OutputFlag.VTDLY, 0x4000L),
            Map.entry(OutputFlag.FFDLY, 0x8000L));

    /** The character size (CS5..CS8) is a two-bit field of its own, handled apart from these. */
    private static final Map<ControlFlag, Long> CONTROL = Map.of(
            ControlFlag.CSTOPB, 0x40L, ControlFlag.CREAD, 0x80L, ControlFlag.PARENB, 0x100L,
            ControlFlag.PARODD, 0x200L, ControlFlag.HUPCL, 0x400L, ControlFlag.CLOCAL, 0x800L);

    private static final Map<ControlFlag, Long> SIZES = Map.of(
            ControlFlag.CS5, 0x0L, ControlFlag.CS6, 0x10L, ControlFlag.CS7, 0x20L, ControlFlag.CS8, 0x30L);

    private static final Map<LocalFlag, Long> LOCAL = Map.ofEntries(
            Map.entry(LocalFlag.ISIG, 0x1L), Map.entry(LocalFlag.ICANON, 0x2L), Map.entry(LocalFlag.ECHO, 0x8L),
            Map.entry(LocalFlag.ECHOE, 0x10L), Map.entry(LocalFlag.ECHOK, 0x20L), Map.entry(LocalFlag.ECHONL, 0x40L),
            Map.entry(LocalFlag.NOFLSH, 0x80L), Map.entry(LocalFlag.TOSTOP, 0x100L), Map.entry(LocalFlag.ECHOCTL, 0x200L),
            Map.entry(LocalFlag.ECHOPRT, 0x400L), Map.entry(LocalFlag.ECHOKE, 0x800L), Map.entry(LocalFlag.FLUSHO, 0x1000L),
            Map.entry(LocalFlag.PENDIN, 0x4000L), Map.entry(LocalFlag.IEXTEN, 0x8000L), Map.entry(LocalFlag.EXTPROC, 0x10000L));

    /** Index of each control character in {@code c_cc}. */
    private static final Map<ControlChar, Integer> CHARS = Map.ofEntries(
            Map.entry(ControlChar.VINTR, 0), Map.entry(ControlChar.VQUIT, 1), Map.entry(ControlChar.VERASE, 2),
            Map.entry(ControlChar.VKILL, 3), Map.entry(ControlChar.VEOF, 4), Map.entry(ControlChar.VTIME, 5),
            Map.entry(ControlChar.VMIN, 6), Map.entry(ControlChar.VSTART, 8), Map.entry(ControlChar.VSTOP, 9),
            Map.entry(ControlChar.VSUSP, 10), Map.entry(ControlChar.VEOL, 11), Map.entry(ControlChar.VREPRINT, 12),
            Map.entry(ControlChar.VDISCARD, 13), Map.entry(ControlChar.VWERASE, 14), Map.entry(ControlChar.VLNEXT, 15),
            Map.entry(ControlChar.VEOL2, 16));

    LinuxTermios {
        cc = Arrays.copyOf(cc, Math.max(cc.length, NCCS));
    }

    Attributes toAttributes() {
        Attributes a = new Attributes();
        INPUT.forEach((flag, bits) -> a.setInputFlag(flag, (iflag & bits) != 0));
        OUTPUT.forEach((flag, bits) -> a.setOutputFlag(flag, (oflag & bits) != 0));
        CONTROL.forEach((flag, bits) -> a.setControlFlag(flag, (cflag & bits) != 0));
        SIZES.forEach((flag, bits) -> a.setControlFlag(flag, (cflag & CSIZE) == bits));
        LOCAL.forEach((flag, bits) -> a.setLocalFlag(flag, (lflag & bits) != 0));
        CHARS.forEach((c, index) -> a.setControlChar(c, cc[index] & 0xff));
        return a;
    }

    /** These settings with {@code a}'s flags and control characters where they differ from them. */
    LinuxTermios with(Attributes a) {
        long i = iflag;
        for (Map.Entry<InputFlag, Long> e : INPUT.entrySet()) {
            i = changed(i, e.getValue(), a.getInputFlag(e.getKey()));
        }
        long o = oflag;
        for (Map.Entry<OutputFlag, Long> e : OUTPUT.entrySet()) {
            o = changed(o, e.getValue(), a.getOutputFlag(e.getKey()));
        }
        long c = cflag;
        for (Map.Entry<ControlFlag, Long> e : CONTROL.entrySet()) {
            c = changed(c, e.getValue(), a.getControlFlag(e.getKey()));
        }
        for (ControlFlag size : new ControlFlag[] {ControlFlag.CS8, ControlFlag.CS7, ControlFlag.CS6, ControlFlag.CS5}) {
            if (a.getControlFlag(size)) { // the largest size named wins, as jline sets one at a time
                c = (c & ~CSIZE) | SIZES.get(size);
                break;
            }
        }
        long l = lflag;
        for (Map.Entry<LocalFlag, Long> e : LOCAL.entrySet()) {
            l = changed(l, e.getValue(), a.getLocalFlag(e.getKey()));
        }
        byte[] chars = cc.clone();
        for (Map.Entry<ControlChar, Integer> e : CHARS.entrySet()) {
            int value = a.getControlChar(e.getKey());
            if (value >= 0) { // -1: not given, keep the terminal's
                chars[e.getValue()] = (byte) value;
            }
        }
        return new LinuxTermios(i, o, c, l, chars);
    }

    /** {@code value} with {@code bits} all set or all cleared when their state is not {@code on} already. */
    private static long changed(long value, long bits, boolean on) {
        boolean was = (value & bits) != 0;
        if (was == on) {
            return value;
        }
        return on ? value | bits : value & ~bits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinuxTermios t && iflag == t.iflag && oflag == t.oflag && cflag == t.cflag && lflag == t.lflag
                && Arrays.equals(cc, t.cc);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(iflag ^ oflag * 31 ^ cflag * 961 ^ lflag * 29791) ^ Arrays.hashCode(cc);
    }

    @Override
    public String toString() {
        return String.format("termios[i=%x o=%x c=%x l=%x cc=%s]", iflag, oflag, cflag, lflag, Arrays.toString(cc));
    }
}
