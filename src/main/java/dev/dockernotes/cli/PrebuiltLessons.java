package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.text.Packed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text {@code learn CHAPTER} prints into a pipe, made at build time for the built-in notes
 * ({@link #main}, run by Maven at process-classes, shipped as {@value #RESOURCE}): printing a chapter
 * then needs no footers, no commonmark and no rendering. Made for what a pipe gets by default
 * ({@value #WIDTH} columns, no colour, commands named "dockernotes ..."), and used only with exactly
 * the notes it was made from: their bytes are hashed and compared when it is read. Anything else
 * (other notes, a width, colour, the shell) is rendered as before.
 */
public final class PrebuiltLessons {
    static final String RESOURCE = "prebuilt/lessons.bin";
    static final int WIDTH = OutputStyle.DEFAULT_WIDTH;
    private static final int MAGIC = 0x444e4c53; // "DNLS"
    private static final int FORMAT = 1;

    /** Reads a resource of the built-in content; null when there is none. */
    @FunctionalInterface
    interface Resources {
        byte[] read(String name) throws IOException;
    }

    /**
     * One chapter as printed: the text of each lesson section (as printed from the first; a later
     * section's text is the same wherever printing starts) and what follows the last one.
     */
    record Chapter(List<String> ids, List<String> sections, String finished) {}

    private final Map<String, Chapter> chapters;

    private PrebuiltLessons(Map<String, Chapter> chapters) {
        this.chapters = chapters;
    }

    /** Loaded once, on first use: the jar's resource never changes while it runs. */
    private static final class BuiltIn {
        static final Optional<PrebuiltLessons> LESSONS = load(PrebuiltLessons::classpathResource);
    }

    /** The built-in notes' lessons as printed, when this build has them and they were made from these notes. */
    static Optional<PrebuiltLessons> builtIn() {
        return BuiltIn.LESSONS;
    }

    /** The chapter as printed, when it has exactly these sections. */
    Optional<Chapter> chapter(String chapterKey, List<Topic> sections) {
        Chapter c = chapters.get(chapterKey);
        if (c == null || c.ids().size() != sections.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < sections.size(); i++) {
            if (!c.ids().get(i).equals(sections.get(i).id())) {
                return Optional.empty();
            }
        }
        return Optional.of(c);
    }

    static Optional<PrebuiltLessons> load(Resources resources) {
        try {
            byte[] bytes = resources.read(RESOURCE);
            return bytes == null ? Optional.empty() : read(bytes, resources);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: rendered as before
        }
    }

    /** The lessons in {@code bytes}, when they were made from exactly the notes {@code resources} holds now. */
    static Optional<PrebuiltLessons> read(byte[] bytes, Resources resources) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != WIDTH) {
            return Optional.empty();
        }
        int files = in.readInt();
        List<String> names = notesNames();
        if (files != names.size()) {
            return Optional.empty();
        }
        for (String name : names) {
            byte[] notes = resources.read(name);
            if (notes == null || !name.equals(Packed.readString(in)) || in.readLong() != Packed.hash(notes)) {
                return Optional.empty();
            }
        }
        Map<String, Chapter> chapters = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String key = Packed.readString(in);
            List<String> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int s = in.readInt(); s > 0; s--) {
                ids.add(Packed.readString(in));
                texts.add(Packed.readString(in));
            }
            chapters.put(key, new Chapter(List.copyOf(ids), List.copyOf(texts), Packed.readString(in)));
        }
        return in.read() == -1 ? Optional.of(new PrebuiltLessons(chapters)) : Optional.empty();
    }

    /** The lessons of {@code graph}, the graph of the notes {@code resources} holds, as learn prints them into a pipe. */
    static byte[] write(TopicGraph graph, LessonMarkdown markdown, Resources resources) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(WIDTH);
        List<String> names = notesNames();
        out.writeInt(names.size());
        for (String name : names) {
            byte[] notes = resources.read(name);
            if (notes == null) {
                throw new IOException("the notes file " + name + " is listed but missing");
            }
            Packed.writeString(out, name);
            out.writeLong(Packed.hash(notes));
        }
        List<Topic> chapters = graph.chapters();
        out.writeInt(chapters.size());
        for (Topic chapter : chapters) {
            Packed.writeString(out, chapter.chapterKey());
            List<Topic> sections = graph.lessonSections(chapter);
            out.writeInt(sections.size());
            for (int i = 0; i < sections.size(); i++) {
                Packed.writeString(out, sections.get(i).id());
                Packed.writeString(out, LearnCommand.printed(markdown.printed(chapter, sections, i, 0), WIDTH, false));
            }
            Packed.writeString(out, LearnCommand.render(markdown.finished(chapter), WIDTH, false));
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * Build step: writes the built-in notes' lessons, as printed into a pipe, to {@value #RESOURCE} in
     * {@code args[0]} (the classes folder, where the notes were just copied). Fails the build when it cannot.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]).toAbsolutePath().normalize();
        Resources resources = name -> {
            Path p = classes.resolve(name);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        };
        AppContext ctx = new AppContext(Environment.system());
        TopicGraph graph = ctx.graph(null, new java.io.PrintWriter(System.err, true));
        byte[] bytes = write(graph, new LessonMarkdown(graph, ctx.commandNamer(), "dockernotes "), resources);
        Path target = classes.resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    private static List<String> notesNames() {
        List<String> names = new ArrayList<>();
        for (String name : NotesLoader.resourceNames(NotesLoader.RESOURCE_DIR, ".md")) {
            names.add(NotesLoader.RESOURCE_DIR + name);
        }
        return names;
    }

    private static byte[] classpathResource(String name) throws IOException {
        try (InputStream in = PrebuiltLessons.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
