package dev.dockernotes.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written by a dumb terminal, decoded as UTF-8 onto the command's writer on each flush (a
 * character cut in two by a flush waits for its other half).
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
        byte[] bytes = buffer.toByteArray();
        int complete = completeLength(bytes);
        writer.write(new String(bytes, 0, complete, StandardCharsets.UTF_8));
        writer.flush();
        buffer.reset();
        buffer.write(bytes, complete, bytes.length - complete);
    }

    @Override
    public void close() {
        flush();
    }

    /** Length of the prefix that ends on a character boundary. */
    private static int completeLength(byte[] bytes) {
        int n = bytes.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int b = bytes[n - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue; // continuation byte: look further back for the lead byte
            }
            int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            return needed > back ? n - back : n;
        }
        return n;
    }
}
