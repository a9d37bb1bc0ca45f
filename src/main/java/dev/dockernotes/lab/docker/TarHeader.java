package dev.dockernotes.lab.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Reads the modification time of the first entry of a tar stream (ustar or PAX header). */
final class TarHeader {
    private TarHeader() {}

    static Optional<Instant> firstEntryModified(InputStream in) throws IOException {
        Instant paxTime = null;
        while (true) {
            byte[] h = in.readNBytes(512);
            if (h.length < 512 || h[0] == 0) {
                return Optional.empty();
            }
            long size = octal(h, 124, 12);
            char type = (char) h[156];
            if (type == 'x' || type == 'g') {
                String records = new String(in.readNBytes((int) size), StandardCharsets.UTF_8);
                in.skipNBytes(pad(size));
                for (String rec : records.split("\n")) {
                    int eq = rec.indexOf("mtime=");
                    if (eq >= 0) {
                        String v = rec.substring(eq + 6);
                        long secs = Long.parseLong(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
                        String frac = v.contains(".") ? (v.substring(v.indexOf('.') + 1) + "000000000").substring(0, 9) : "0";
                        paxTime = Instant.ofEpochSecond(secs, Long.parseLong(frac));
                    }
                }
                continue;
            }
            return Optional.of(paxTime != null ? paxTime : Instant.ofEpochSecond(octal(h, 136, 12)));
        }
    }

    private static long pad(long size) {
        return (512 - size % 512) % 512;
    }

    private static long octal(byte[] h, int off, int len) {
        long v = 0;
        for (int i = off; i < off + len; i++) {
            int c = h[i];
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
            } else if (v > 0 || c == 0) {
                if (c == 0 || c == ' ') {
                    break;
                }
            }
        }
        return v;
    }
}
