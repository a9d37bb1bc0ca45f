package dev.dockernotes.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written by a dumb terminal, decoded as UTF-8 onto the command's writer on each flush (a
 * character cut in two by a flush waits for its other half), with the editor's "\r\n" as "\n".
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
        if (complete > 0 && bytes[complete - 1] == '\r') {
            complete--; // wait: "\r\n" may be cut in two
        }
        // The line editor ends lines with "\r\n" for a terminal; a pipe or a file wants "\n".
        writer.write(new String(bytes, 0, complete, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        writer.flush();
        buffer.reset();
        buffer.write(bytes, complete, bytes.length - complete);
    }

    @Override
    public synchronized void close() {
        flush();
        if (buffer.size() > 0) {
            writer.write(buffer.toString(StandardCharsets.UTF_8));
            writer.flush();
            buffer.reset();
        }
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
