package dev.dockernotes.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The pieces of the build-time artifacts (prebuilt lessons and quizzes): strings as a length and
 * UTF-8 bytes (any length, decoded by the JDK's fast path, unlike writeUTF), and the hash that keys
 * an artifact to the files it was made from.
 */
public final class Packed {
    private Packed() {}

    /** CRC-32C and CRC-32 side by side: intrinsics, where SHA-256 would start a security provider. */
    public static long hash(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, bytes.length);
        CRC32 d = new CRC32();
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
