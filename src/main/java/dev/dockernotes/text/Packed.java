package dev.dockernotes.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The pieces of the build-time artifacts (prebuilt lessons and quizzes): strings as a length and
 * UTF-8 bytes (any length, decoded by the JDK's fast path, unlike writeUTF), and the hash that keys
 * an artifact to the files it was made from.
 */
public final class Packed {
    private Packed() {}

    /**
     * CRC-32 and Adler-32 side by side: both native (SHA-256 would start a security provider, and
     * CRC-32C builds its tables in Java on first use, milliseconds of a cold start). It guards
     * against stale files, not against an attacker: whoever can write the notes decides what they say.
     */
    public static long hash(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes, 0, bytes.length);
        Adler32 d = new Adler32();
        d.update(bytes, 0, bytes.length);
        return c.getValue() << 32 | d.getValue();
    }

    public static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
