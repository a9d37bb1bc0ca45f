package dev.dockernotes.repl;

import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input shared by a piped shell script and the commands it runs: reads never go past the
 * end of a line and nothing is reported as ready, so a command's BufferedReader takes one line at
 * a time and leaves the rest of the script to the shell.
 */
final class LineInput extends InputStream {
    private final InputStream in;

    LineInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int c = in.read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            b[off + n++] = (byte) c;
            if (c == '\n') {
                break;
            }
        }
        return n;
    }

    @Override
    public int available() {
        return 0;
    }
}
