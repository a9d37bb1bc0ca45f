package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import dev.dockernotes.text.Controls;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The topic graph as bytes and back, without Markdown: what the prebuilt graph of the built-in notes
 * and the {@code --notes} cache hold. The notes' text is not stored: the caller reads the files (it
 * must, to check they are the ones the graph was built from) and hands them in, and each topic's
 * body and Markdown are cut from them again, so a lesson shows the same bytes either way.
 *
 * <p><b>Adding a field to {@link Topic}</b> is one constant of {@link TopicField} (its name, how it is
 * written, how it is read); the names are part of {@link #SCHEMA}, so files written before the change
 * no longer match and are rebuilt. A field of {@link TopicGraph}'s constructor or of a record held in
 * the graph (Edge, CommandUse, Correction, Problem) does not compile here until it is written. The
 * round-trip test compares every field of a built and a decoded graph reflectively, so a field that is
 * added but not stored fails it.
 */
final class GraphCodec {
    /** How a stored graph was written: bump it when the layout (not only the fields) changes. */
    static final int FORMAT = 4; // 2: a problem's column; 3: body lines and glossary items; 4: CRC-32 and Adler-32

    private GraphCodec() {}

    /**
     * One stored field of a topic, beyond its constructor's (id, title, level, file, line) and its
     * place in the tree: its name (the constant's), how it is written, how it is read. Constants with
     * bodies, not lambdas: a cold start links each lambda on first use, and these were 22 of them.
     */
    private enum TopicField {
        chapterNumber {
            void write(Topic t, Out o) throws IOException { o.writeInt(t.chapterNumber); }
            void read(Topic t, In i) throws IOException { t.chapterNumber = i.readInt(); }
        },
        lastLine {
            void write(Topic t, Out o) throws IOException { o.writeInt(t.lastLine); }
            void read(Topic t, In i) throws IOException { t.lastLine = i.readInt(); }
        },
        bodyFrom {
            void write(Topic t, Out o) throws IOException { o.writeInt(t.bodyFrom); }
            void read(Topic t, In i) throws IOException { t.bodyFrom = i.readInt(); }
        },
        bodyTo {
            void write(Topic t, Out o) throws IOException { o.writeInt(t.bodyTo); }
            void read(Topic t, In i) throws IOException { t.bodyTo = i.readInt(); }
        },
        markdownFrom {
            void write(Topic t, Out o) throws IOException { o.writeInt(t.markdownFrom); }
            void read(Topic t, In i) throws IOException { t.markdownFrom = i.readInt(); }
        },
        markdownTo {
            void write(Topic t, Out o) throws IOException { o.writeInt(t.markdownTo); }
            void read(Topic t, In i) throws IOException { t.markdownTo = i.readInt(); }
        },
        markdownNeedsHeading {
            void write(Topic t, Out o) throws IOException { o.writeBoolean(t.markdownNeedsHeading); }
            void read(Topic t, In i) throws IOException { t.markdownNeedsHeading = i.readBoolean(); }
        },
        text {
            void write(Topic t, Out o) throws IOException { o.writeString(t.text); }
            void read(Topic t, In i) throws IOException { t.text = i.readString(); }
        },
        keyTerms {
            void write(Topic t, Out o) throws IOException { o.writeStrings(List.copyOf(t.keyTerms)); }
            void read(Topic t, In i) throws IOException { t.keyTerms = Set.copyOf(i.readStrings()); }
        },
        corrections {
            void write(Topic t, Out o) throws IOException { writeCorrections(t, o); }
            void read(Topic t, In i) throws IOException { t.corrections = readCorrections(i); }
        },
        bodyLines {
            void write(Topic t, Out o) throws IOException { writeBodyLines(t, o); }
            void read(Topic t, In i) throws IOException { t.bodyLines = readBodyLines(t, i); }
        };

        abstract void write(Topic topic, Out out) throws IOException;

        abstract void read(Topic topic, In in) throws IOException;
    }

    private static final TopicField[] TOPIC_FIELDS = TopicField.values();

    /** The stored fields by name: a file written with other fields is not read. */
    static final String SCHEMA;

    static {
        StringBuilder names = new StringBuilder("topic:id,title,level,file,line,parent,chapter,source");
        for (TopicField f : TOPIC_FIELDS) {
            names.append(',').append(f.name());
        }
        SCHEMA = names.append(";graph:files,chapters,topics,edges,commandUses,storedNames,storedRelated,problems,warnings").toString();
    }

    /** Writes the graph built from {@code files} (in that order), and the warnings its loading gave. */
    static void write(TopicGraph graph, List<Problem> warnings, Out out) throws IOException {
        List<NoteFile> files = graph.files();
        out.writeInt(files.size());
        for (NoteFile f : files) {
            out.writeString(f.path());
        }
        List<Topic> topics = graph.topics();
        java.util.Map<Topic, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            index.put(topics.get(i), i);
        }
        out.writeInt(topics.size());
        for (Topic t : topics) {
            out.writeString(t.id());
            out.writeString(t.title());
            out.writeInt(t.level());
            out.writeInt(fileIndex(files, t.noteFile()));
            out.writeInt(t.line());
            out.writeInt(t.parent == null ? -1 : index.get(t.parent));
            out.writeInt(t.chapter == null ? -1 : index.get(t.chapter));
            out.writeBoolean(t.source != null);
            for (TopicField f : TOPIC_FIELDS) {
                f.write(t, out);
            }
        }
        out.writeInt(graph.chapters().size());
        for (Topic c : graph.chapters()) {
            out.writeInt(index.get(c));
        }
        out.writeInt(graph.edges().size());
        for (Edge e : graph.edges()) {
            out.writeInt(index.get(e.from()));
            out.writeInt(index.get(e.to()));
            out.writeString(e.kind().name());
            out.writeInt(e.line());
        }
        out.writeInt(graph.commandUses().size());
        for (CommandUse u : graph.commandUses()) {
            out.writeInt(index.get(u.topic()));
            out.writeString(u.text());
            out.writeInt(u.line());
            out.writeBoolean(u.inCodeBlock());
        }
        out.writeBoolean(graph.storedNamesId != null);
        if (graph.storedNamesId != null) {
            out.writeString(graph.storedNamesId);
            for (String name : graph.storedNames) {
                out.writeBoolean(name != null);
                if (name != null) {
                    out.writeString(name);
                }
            }
            for (int i = 0; i < topics.size(); i++) {
                writeTopics(graph.storedRelated.get(i), index, out);
                writeTopics(graph.storedRelatedWithoutNamer.get(i), index, out);
            }
        }
        writeProblems(graph.problems(), out);
        writeProblems(warnings, out);
    }

    /** The graph and warnings, over the same {@code files} it was written from (checked by path). */
    static NotesLoader.Result read(In in, List<NoteFile> files, NotesLoader.Origin origin) throws IOException {
        int fileCount = in.readCount();
        if (fileCount != files.size()) {
            throw new IOException("stored for " + fileCount + " files, not " + files.size());
        }
        for (NoteFile f : files) {
            if (!in.readString().equals(f.path())) {
                throw new IOException("stored for other files");
            }
        }
        SourceLines[] lines = new SourceLines[files.size()];
        int count = in.readCount();
        List<Topic> topics = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readString();
            String title = in.readString();
            int level = in.readInt();
            int file = in.readInt();
            Topic t = new Topic(id, title, level, files.get(file), in.readInt());
            int parent = in.readInt();
            int chapter = in.readInt();
            if (parent >= i || chapter > i) {
                throw new IOException("topic " + i + " refers to a later topic");
            }
            if (parent >= 0) {
                t.parent = topics.get(parent);
                t.parent.children.add(t);
            }
            t.chapter = chapter < 0 ? null : chapter == i ? t : topics.get(chapter);
            if (in.readBoolean()) {
                if (lines[file] == null) {
                    lines[file] = sourceLines(files.get(file));
                }
                t.source = lines[file];
            }
            for (TopicField f : TOPIC_FIELDS) {
                f.read(t, in);
            }
            topics.add(t);
        }
        List<Topic> chapters = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            chapters.add(topics.get(in.readInt()));
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            edges.add(new Edge(topics.get(in.readInt()), topics.get(in.readInt()), Edge.Kind.valueOf(in.readString()), in.readInt()));
        }
        List<CommandUse> uses = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            uses.add(new CommandUse(topics.get(in.readInt()), in.readString(), in.readInt(), in.readBoolean()));
        }
        String namesId = null;
        List<String> names = null;
        List<List<Topic>> related = null;
        List<List<Topic>> relatedWithoutNamer = null;
        if (in.readBoolean()) {
            namesId = in.readString();
            names = new ArrayList<>(uses.size());
            for (int i = 0; i < uses.size(); i++) {
                names.add(in.readBoolean() ? in.readString() : null);
            }
            related = new ArrayList<>(topics.size());
            relatedWithoutNamer = new ArrayList<>(topics.size());
            for (int i = 0; i < topics.size(); i++) {
                related.add(readTopics(topics, in));
                relatedWithoutNamer.add(readTopics(topics, in));
            }
        }
        TopicGraph graph = new TopicGraph(files, chapters, topics, edges, uses, readProblems(in));
        graph.storedNamesId = namesId;
        graph.storedNames = names == null ? null : java.util.Collections.unmodifiableList(names);
        graph.storedRelated = related == null ? null : java.util.Collections.unmodifiableList(related);
        graph.storedRelatedWithoutNamer = relatedWithoutNamer == null ? null
                : java.util.Collections.unmodifiableList(relatedWithoutNamer);
        return new NotesLoader.Result(graph, readProblems(in), origin);
    }

    private static void writeTopics(List<Topic> list, java.util.Map<Topic, Integer> index, Out out) throws IOException {
        out.writeInt(list.size());
        for (Topic t : list) {
            out.writeInt(index.get(t));
        }
    }

    private static List<Topic> readTopics(List<Topic> topics, In in) throws IOException {
        int n = in.readCount();
        List<Topic> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int t = in.readInt();
            if (t < 0 || t >= topics.size()) {
                throw new IOException("related topic " + t + " of " + topics.size());
            }
            list.add(topics.get(t));
        }
        return List.copyOf(list);
    }

    /** The text a file's topics are cut from, as {@link GraphBuilder} makes it. */
    private static SourceLines sourceLines(NoteFile file) {
        return new SourceLines(FrontMatter.blanked(Controls.unixLineEndings(file.content())));
    }

    private static int fileIndex(List<NoteFile> files, NoteFile file) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) == file) {
                return i;
            }
        }
        throw new IOException("a topic of a file not in the graph: " + file.path());
    }

    private static void writeBodyLines(Topic t, Out out) throws IOException {
        BodyLines b = t.bodyLines;
        out.writeBoolean(b == BodyLines.EMPTY);
        if (b == BodyLines.EMPTY) {
            return;
        }
        out.writeInt(b.from());
        out.writeInt(b.to());
        out.writeInt(b.ranges().length);
        for (int r : b.ranges()) {
            out.writeInt(r);
        }
        out.writeInt(b.glossary().size());
        for (GlossaryItem g : b.glossary()) {
            out.writeString(g.term());
            out.writeBoolean(g.bold());
            out.writeBoolean(g.code());
            out.writeString(g.definition());
            out.writeString(g.markdown());
            out.writeInt(g.line());
        }
    }

    private static BodyLines readBodyLines(Topic t, In in) throws IOException {
        if (in.readBoolean()) {
            return BodyLines.EMPTY;
        }
        int from = in.readInt();
        int to = in.readInt();
        int[] ranges = new int[in.readCount()];
        for (int k = 0; k < ranges.length; k++) {
            ranges[k] = in.readInt();
        }
        List<GlossaryItem> glossary = new ArrayList<>();
        for (int k = in.readCount(); k > 0; k--) {
            glossary.add(new GlossaryItem(t, in.readString(), in.readBoolean(), in.readBoolean(), in.readString(),
                    in.readString(), in.readInt()));
        }
        return BodyLines.stored(t.source, from, to, ranges, glossary);
    }

    private static void writeCorrections(Topic t, Out out) throws IOException {
        out.writeInt(t.corrections.size());
        for (Correction c : t.corrections) {
            out.writeString(c.file());
            out.writeInt(c.line());
            out.writeString(c.kind().name());
            out.writeString(c.text());
            out.writeString(c.source());
            out.writeString(c.statement());
            out.writeInt(c.statementLine());
        }
    }

    private static List<Correction> readCorrections(In in) throws IOException {
        int n = in.readCount();
        if (n == 0) {
            return List.of();
        }
        List<Correction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Correction(in.readString(), in.readInt(), Alert.Kind.valueOf(in.readString()), in.readString(),
                    in.readString(), in.readString(), in.readInt()));
        }
        return List.copyOf(list);
    }

    private static void writeProblems(List<Problem> problems, Out out) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            out.writeString(p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeString(p.message());
        }
    }

    private static List<Problem> readProblems(In in) throws IOException {
        List<Problem> list = new ArrayList<>();
        for (int i = in.readCount(); i > 0; i--) {
            list.add(new Problem(in.readString(), in.readInt(), in.readInt(), in.readString()));
        }
        return list;
    }

    /** Big-endian ints and longs, strings as a length and UTF-8 bytes (no 64 KB limit, unlike writeUTF). */
    static final class Out {
        private final DataOutputStream out;

        Out(java.io.OutputStream out) {
            this.out = new DataOutputStream(out);
        }

        void writeInt(int v) throws IOException {
            out.writeInt(v);
        }

        void writeLong(long v) throws IOException {
            out.writeLong(v);
        }

        void writeBoolean(boolean v) throws IOException {
            out.writeBoolean(v);
        }

        void writeString(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (!new String(bytes, StandardCharsets.UTF_8).equals(s)) {
                throw new IOException("text that UTF-8 cannot hold (a lone surrogate)"); // never stored changed
            }
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        void writeStrings(List<String> strings) throws IOException {
            out.writeInt(strings.size());
            for (String s : strings) {
                writeString(s);
            }
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    /**
     * Reads what {@link Out} wrote; a length or count beyond what the file can hold is an error, never
     * a huge allocation. From bytes in memory (DataOutputStream's big-endian layout), not through a
     * DataInputStream, whose readInt makes four single-byte reads of the stream below it (a
     * checksum's among them): thousands of calls that a cold start runs in the interpreter.
     */
    static final class In {
        private final byte[] bytes;
        private final int end;
        private final long limit;
        private int pos;

        /** {@code bytes[0, end)}; no count above {@code limit} is believed. */
        In(byte[] bytes, int end, long limit) {
            this.bytes = bytes;
            this.end = end;
            this.limit = limit;
        }

        /** The index of the next {@code n} bytes, which are then read; an EOFException when they are not there. */
        private int take(int n) throws IOException {
            if (n > end - pos) {
                throw new java.io.EOFException();
            }
            int at = pos;
            pos += n;
            return at;
        }

        int readInt() throws IOException {
            int p = take(4);
            return (bytes[p] & 0xff) << 24 | (bytes[p + 1] & 0xff) << 16 | (bytes[p + 2] & 0xff) << 8 | bytes[p + 3] & 0xff;
        }

        long readLong() throws IOException {
            int p = take(8);
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | bytes[p + i] & 0xff;
            }
            return v;
        }

        boolean readBoolean() throws IOException {
            return bytes[take(1)] != 0;
        }

        /** A count or length: not negative and not more than the file's size. */
        int readCount() throws IOException {
            int n = readInt();
            if (n < 0 || n > limit) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        String readString() throws IOException {
            int n = readCount();
            return new String(bytes, take(n), n, StandardCharsets.UTF_8);
        }

        /** Skips {@code n} bytes. */
        In skip(int n) throws IOException {
            take(n);
            return this;
        }

        /** Whether every byte has been read. */
        boolean atEnd() {
            return pos == end;
        }

        List<String> readStrings() throws IOException {
            int n = readCount();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(readString());
            }
            return list;
        }
    }
}
