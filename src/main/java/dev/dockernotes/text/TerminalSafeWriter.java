package dev.dockernotes.text;

import java.io.IOException;
import java.io.Writer;

/**
 * The last guard before the terminal: passes dockernotes' own styling, SGR ({@code ESC[...m}) and
 * OSC 8 hyperlinks to http, https or mailto URLs, and shows every other control character or
 * sequence visibly ({@code ^[[2J}, {@code ^[]0;title^G}, {@code ^M}), whatever text reaches it:
 * content that never went through a loader, the user's own arguments echoed in an error, an engine's
 * message. Newlines, tabs and CR LF pass. A sequence cut in two by separate writes is put together
 * first; one still incomplete at a flush is shown visibly (our own are always written whole).
 */
public final class TerminalSafeWriter extends Writer {
    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';
    private static final int MAX_SEQUENCE = 4096;

    private final Writer out;
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder buffer = new StringBuilder();

    public TerminalSafeWriter(Writer out) {
        super(out);
        this.out = out;
    }

    /** A PrintWriter over {@code out} that lets only dockernotes' own escape sequences through. */
    public static java.io.PrintWriter wrap(java.io.PrintWriter out, boolean autoFlush) {
        return new java.io.PrintWriter(new TerminalSafeWriter(out), autoFlush);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(java.nio.CharBuffer.wrap(chars), off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write((CharSequence) s, off, len);
    }

    private void write(CharSequence s, int off, int len) throws IOException {
        synchronized (lock) {
            int end = off + len;
            int i = off;
            while (i < end) {
                // plain text (the most of anything) passes straight through, without a copy
                int run = i;
                while (pending.length() == 0 && run < end && isPlain(s.charAt(run))) {
                    run++;
                }
                if (run > i) {
                    passBuffer();
                    if (s instanceof String string) {
                        out.write(string, i, run - i);
                    } else {
                        out.append(s, i, run);
                    }
                    i = run;
                } else {
                    accept(s.charAt(i++));
                }
            }
            drain();
        }
    }

    /** A character that never starts or belongs to a sequence we judge: shown as it is. */
    private static boolean isPlain(char c) {
        return c != ESC && c != '\r' && !Controls.isUnsafe(c);
    }

    /** Writes what is buffered, so that what follows goes after it. */
    private void passBuffer() throws IOException {
        if (buffer.length() > 0) {
            out.append(buffer);
            buffer.setLength(0);
        }
    }

    private void drain() throws IOException {
        if (buffer.length() > 0) {
            out.append(buffer);
            buffer.setLength(0);
            failed();
        }
    }

    /**
     * A PrintWriter underneath swallows its errors; passing them on lets the PrintWriter over this one
     * report them (checkError), so a closed pipe is seen by whoever writes (learn records only what
     * was written whole).
     */
    private void failed() throws IOException {
        if (out instanceof java.io.PrintWriter pw && pw.checkError()) {
            throw new IOException("the output was closed");
        }
    }

    private void accept(char c) {
        if (pending.length() == 0) {
            if (c == ESC || c == '\r') {
                pending.append(c);
            } else if (Controls.isUnsafe(c)) {
                Controls.appendVisible(c, buffer);
            } else {
                buffer.append(c);
            }
            return;
        }
        char first = pending.charAt(0);
        if (first == '\r') {
            pending.setLength(0);
            if (c == '\n') {
                buffer.append("\r\n");
            } else {
                buffer.append("^M");
                accept(c);
            }
            return;
        }
        int n = pending.length();
        if (n == 1) {
            if (c == '[' || c == ']') {
                pending.append(c);
            } else {
                reject(c);
            }
            return;
        }
        if (pending.charAt(1) == '[') {
            if ((c >= '0' && c <= '9') || c == ';' || c == ':') {
                keep(c);
            } else if (c == 'm') {
                buffer.append(pending).append(c);
                pending.setLength(0);
            } else {
                reject(c);
            }
            return;
        }
        // OSC: only "ESC ] 8 ; params ; url" ended by ST (ESC \) or BEL
        if (n == 2) {
            if (c == '8') {
                pending.append(c);
            } else {
                reject(c);
            }
        } else if (n == 3) {
            if (c == ';') {
                pending.append(c);
            } else {
                reject(c);
            }
        } else if (pending.charAt(n - 1) == ESC) {
            if (c == '\\') {
                pending.append(c);
                finishLink(pending.substring(4, pending.length() - 2));
            } else {
                pending.setLength(n - 1);
                showPending();
                pending.append(ESC);
                accept(c);
            }
        } else if (c == ESC) {
            pending.append(c);
        } else if (c == BEL) {
            pending.append(c);
            finishLink(pending.substring(4, pending.length() - 1));
        } else if (Controls.isUnsafe(c)) {
            reject(c);
        } else {
            keep(c);
        }
    }

    private void keep(char c) {
        pending.append(c);
        if (pending.length() > MAX_SEQUENCE) {
            showPending();
        }
    }

    private void finishLink(String body) {
        int semicolon = body.indexOf(';');
        String url = semicolon < 0 ? null : body.substring(semicolon + 1);
        if (url != null && (url.isEmpty() || Controls.isSafeLinkTarget(url))) {
            buffer.append(pending);
            pending.setLength(0);
        } else {
            showPending();
        }
    }

    /** The pending characters are not a sequence we allow: show them, then read {@code c} afresh. */
    private void reject(char c) {
        showPending();
        accept(c);
    }

    private void showPending() {
        for (int i = 0; i < pending.length(); i++) {
            char p = pending.charAt(i);
            if (Controls.isUnsafe(p)) {
                Controls.appendVisible(p, buffer);
            } else {
                buffer.append(p);
            }
        }
        pending.setLength(0);
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (pending.length() > 0 && pending.charAt(0) != '\r') {
                showPending();
            }
            drain();
            out.flush();
            failed();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            showPending();
            drain();
            out.close();
        }
    }
}
