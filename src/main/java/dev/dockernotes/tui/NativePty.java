package dev.dockernotes.tui;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jline.nativ.CLibrary;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.AbstractPty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The process's own terminal (standard input and output) through jline-native's system calls:
 * tcgetattr/tcsetattr and ioctl on file descriptor 0 (another one only in training), with no {@code stty} child process for each
 * change as jline's exec provider needs (about 30 of them for one lesson). Only for Linux, whose
 * termios layout {@link LinuxTermios} knows.
 */
final class NativePty extends AbstractPty {
    private static final int STDIN = 0;

    private final String name;
    /** The terminal's file descriptor for termios and size: standard input's, but in training. */
    private final int fd;
    private final InputStream input;
    private final OutputStream output;

    NativePty(TerminalProvider provider, String name) {
        this(provider, name, STDIN, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
    }

    /**
     * A terminal on {@code fd} whose keys come from {@code input} and whose screen goes to
     * {@code output}: for the class-data-sharing training run, on a pseudo-terminal of its own.
     */
    NativePty(TerminalProvider provider, String name, int fd, InputStream input, OutputStream output) {
        super(provider, SystemStream.Output);
        this.name = name;
        this.fd = fd;
        this.input = input;
        this.output = output;
    }

    @Override
    public Attributes getAttr() throws IOException {
        return read().toAttributes();
    }

    @Override
    protected void doSetAttr(Attributes attr) throws IOException {
        // on top of what the terminal has now, so that what jline's attributes cannot say is kept
        CLibrary.Termios t = toNative(read().with(attr));
        if (CLibrary.tcsetattr(fd, CLibrary.TCSANOW, t) != 0) {
            throw new IOException("tcsetattr failed on " + name);
        }
    }

    private LinuxTermios read() throws IOException {
        CLibrary.Termios t = new CLibrary.Termios();
        if (CLibrary.tcgetattr(fd, t) != 0) {
            throw new IOException("tcgetattr failed on " + name);
        }
        return new LinuxTermios(t.c_iflag, t.c_oflag, t.c_cflag, t.c_lflag, t.c_cc);
    }

    private static CLibrary.Termios toNative(LinuxTermios t) {
        CLibrary.Termios n = new CLibrary.Termios();
        n.c_iflag = t.iflag();
        n.c_oflag = t.oflag();
        n.c_cflag = t.cflag();
        n.c_lflag = t.lflag();
        System.arraycopy(t.cc(), 0, n.c_cc, 0, Math.min(n.c_cc.length, t.cc().length));
        return n;
    }

    @Override
    public Size getSize() throws IOException {
        CLibrary.WinSize size = new CLibrary.WinSize();
        if (CLibrary.ioctl(fd, CLibrary.TIOCGWINSZ, size) != 0) {
            throw new IOException("cannot read the size of " + name);
        }
        return new Size(size.ws_col, size.ws_row);
    }

    @Override
    public void setSize(Size size) throws IOException {
        CLibrary.WinSize ws = new CLibrary.WinSize((short) size.getRows(), (short) size.getColumns());
        if (CLibrary.ioctl(fd, CLibrary.TIOCSWINSZ, ws) != 0) {
            throw new IOException("cannot set the size of " + name);
        }
    }

    @Override
    protected InputStream doGetSlaveInput() {
        return input;
    }

    @Override
    public OutputStream getSlaveOutput() {
        return output;
    }

    @Override
    public InputStream getMasterInput() {
        throw new UnsupportedOperationException("the system terminal has no master side here");
    }

    @Override
    public OutputStream getMasterOutput() {
        throw new UnsupportedOperationException("the system terminal has no master side here");
    }

    @Override
    public void close() {
        // standard input and output stay open: they belong to the process
    }

    @Override
    public String toString() {
        return "NativePty[" + name + "]";
    }
}
