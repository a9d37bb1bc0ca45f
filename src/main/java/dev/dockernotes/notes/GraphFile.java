package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import dev.dockernotes.text.Packed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A stored graph with what it was built from: a header (format, {@link GraphCodec#SCHEMA}, the code
 * that built it), the {@link SourceKey} of the notes files, the graph, and a CRC-32 of all of it. A
 * file is used only when every part matches and the checksum holds; anything else (another version,
 * other notes, a truncated or corrupt file) reads as empty, and the caller builds from Markdown.
 */
final class GraphFile {
    private static final int MAGIC = 0x444e4752; // "DNGR"

    private GraphFile() {}

    /** A notes file as read: its path as shown, size, modification time (0 in the jar) and content hash. */
    record Entry(String path, long size, long modified, long hash) {}

    /** What a graph was built from: every file read, and the warnings reading gave (unreadable files, binary ones). */
    record SourceKey(List<Entry> files, List<String> readWarnings) {
        SourceKey {
            files = List.copyOf(files);
            readWarnings = List.copyOf(readWarnings);
        }
    }

    /** A 64-bit hash of a file's bytes ({@link Packed#hash}): a millisecond for the built-in notes. */
    static long hash(byte[] bytes) {
        return Packed.hash(bytes);
    }

    static String hex(long hash) {
        String h = Long.toHexString(hash);
        return "0".repeat(16 - h.length()) + h;
    }

    static void write(OutputStream raw, String codeId, SourceKey key, NotesLoader.Result result) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32());
        GraphCodec.Out out = new GraphCodec.Out(checked);
        writeHeader(out, codeId);
        out.writeInt(key.files().size());
        for (Entry e : key.files()) {
            out.writeString(e.path());
            out.writeLong(e.size());
            out.writeLong(e.modified());
            out.writeLong(e.hash());
        }
        out.writeStrings(key.readWarnings());
        GraphCodec.write(result.graph(), result.warnings(), out);
        out.flush();
        long crc = checked.getChecksum().getValue();
        new GraphCodec.Out(raw).writeLong(crc);
        raw.flush();
    }

    private static void writeHeader(GraphCodec.Out out, String codeId) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(GraphCodec.FORMAT);
        out.writeString(GraphCodec.SCHEMA);
        out.writeString(codeId);
    }

    /**
     * The graph stored in {@code raw} (at most {@code size} bytes), when it was written by this format
     * and schema, by the code {@code codeId} (null: any), from exactly the files of {@code key}, and
     * is whole. {@code files} are those files' content, in the key's order.
     */
    static Optional<NotesLoader.Result> read(InputStream raw, long size, String codeId, SourceKey key, List<NoteFile> files,
                                             NotesLoader.Origin origin) {
        try {
            // read whole, and the checksum taken over it at once: see GraphCodec.In
            byte[] all = raw.readAllBytes();
            int body = all.length - Long.BYTES;
            if (body < 0) {
                return Optional.empty();
            }
            CRC32 checksum = new CRC32();
            checksum.update(all, 0, body);
            GraphCodec.In in = new GraphCodec.In(all, body, size);
            if (!headerMatches(in, codeId)) {
                return Optional.empty();
            }
            int n = in.readCount();
            if (n != key.files().size()) {
                return Optional.empty();
            }
            for (Entry e : key.files()) {
                // field by field: a record's equals bootstraps method handles, tens of ms on a cold start
                if (!e.path().equals(in.readString()) || e.size() != in.readLong() || e.modified() != in.readLong()
                        || e.hash() != in.readLong()) {
                    return Optional.empty();
                }
            }
            if (!in.readStrings().equals(key.readWarnings())) {
                return Optional.empty();
            }
            NotesLoader.Result result = GraphCodec.read(in, files, origin);
            if (!in.atEnd() || new GraphCodec.In(all, all.length, 0).skip(body).readLong() != checksum.getValue()) {
                return Optional.empty();
            }
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // truncated, corrupt, or of another build: built again from the Markdown
        }
    }

    /** The id of the code that wrote a stored graph, when the header is this format's and schema's. */
    static Optional<String> codeId(InputStream raw) {
        try {
            byte[] all = raw.readAllBytes();
            GraphCodec.In in = new GraphCodec.In(all, all.length, 1 << 16);
            if (in.readInt() != MAGIC || in.readInt() != GraphCodec.FORMAT || !in.readString().equals(GraphCodec.SCHEMA)) {
                return Optional.empty();
            }
            return Optional.of(in.readString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean headerMatches(GraphCodec.In in, String codeId) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != GraphCodec.FORMAT || !in.readString().equals(GraphCodec.SCHEMA)) {
            return false;
        }
        String stored = in.readString();
        return codeId == null || codeId.equals(stored);
    }

    /** Builds a key file by file, in reading order. */
    static final class KeyBuilder {
        private final List<Entry> files = new ArrayList<>();

        void add(String path, long size, long modified, byte[] bytes) {
            files.add(new Entry(path, size, modified, hash(bytes)));
        }

        SourceKey build(List<Problem> readWarnings) {
            return new SourceKey(files, readWarnings.stream().map(Problem::toString).toList());
        }
    }
}
