package dev.dockernotes.quiz;

import dev.dockernotes.content.Problem;
import dev.dockernotes.content.Source;
import dev.dockernotes.notes.NotesLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The built-in quiz files read and checked at build time ({@link #main}, run by Maven at
 * process-classes, shipped as {@value #RESOURCE}): a quiz then starts without Jackson's trees or the
 * checks. Used only for exactly the files and topics it was made from (the files' text is hashed and
 * compared, and the topic ids the questions were checked against); anything else is read as before.
 */
public final class PrebuiltQuizzes {
    static final String RESOURCE = "prebuilt/quizzes.bin";
    private static final int MAGIC = 0x444e515a; // "DNQZ"
    private static final int FORMAT = 1;

    private PrebuiltQuizzes() {}

    /** The stored result, when {@code bytes} were made from exactly these files, read problems and topic ids. */
    static Optional<QuizLoader.Result> read(byte[] bytes, List<Source> sources, List<Problem> unreadable, Set<String> topicIds) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != sources.size()) {
                return Optional.empty();
            }
            for (Source s : sources) {
                if (!s.path().equals(string(in)) || in.readLong() != hash(s.text())) {
                    return Optional.empty();
                }
            }
            if (!strings(in).equals(problemTexts(unreadable)) || !strings(in).equals(new ArrayList<>(new TreeSet<>(topicIds)))) {
                return Optional.empty();
            }
            List<Question> questions = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                questions.add(question(in));
            }
            List<Problem> problems = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                problems.add(new Problem(string(in), in.readInt(), in.readInt(), string(in)));
            }
            return in.read() == -1 ? Optional.of(new QuizLoader.Result(List.copyOf(questions), List.copyOf(problems)))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // truncated or of another format: read as before
        }
    }

    /** What reading these files gave, with what it was made from. */
    static byte[] write(List<Source> sources, List<Problem> unreadable, Set<String> topicIds, QuizLoader.Result result)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(sources.size());
        for (Source s : sources) {
            string(out, s.path());
            out.writeLong(hash(s.text()));
        }
        strings(out, problemTexts(unreadable));
        strings(out, new ArrayList<>(new TreeSet<>(topicIds)));
        out.writeInt(result.questions().size());
        for (Question q : result.questions()) {
            question(out, q);
        }
        out.writeInt(result.problems().size());
        for (Problem p : result.problems()) {
            string(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            string(out, p.message());
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * Build step: writes what the built-in quiz files in {@code args[0]} (the classes folder, where the
     * notes and quizzes were just copied) give, checked against the built-in notes' topics, to
     * {@value #RESOURCE} there. Fails the build when it cannot.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]).toAbsolutePath().normalize();
        Set<String> topicIds = NotesLoader.loadBuiltIn().graph().ids();
        List<Problem> unreadable = new ArrayList<>();
        List<Source> sources = QuizLoader.builtInSources(unreadable);
        byte[] bytes = write(sources, unreadable, topicIds, QuizLoader.load(sources, topicIds, unreadable));
        Path target = classes.resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** The stored form in this build's resources, or null. */
    static byte[] resource() {
        try (InputStream in = PrebuiltQuizzes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static void question(DataOutputStream out, Question q) throws IOException {
        string(out, q.id());
        string(out, q.type().name());
        string(out, q.prompt());
        out.writeInt(q.choices().size());
        for (Choice c : q.choices()) {
            string(out, c.text());
            out.writeBoolean(c.correct());
        }
        out.writeByte(q.truth() == null ? -1 : q.truth() ? 1 : 0);
        strings(out, q.answers());
        strings(out, q.steps());
        strings(out, q.rejects());
        out.writeInt(q.swappable().size());
        for (List<Integer> group : q.swappable()) {
            out.writeInt(group.size());
            for (int step : group) {
                out.writeInt(step);
            }
        }
        string(out, q.explanation());
        strings(out, q.topics());
        out.writeBoolean(q.generated());
        string(out, q.source());
    }

    private static Question question(DataInputStream in) throws IOException {
        String id = string(in);
        QuestionType type = QuestionType.valueOf(string(in));
        String prompt = string(in);
        List<Choice> choices = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            choices.add(new Choice(string(in), in.readBoolean()));
        }
        byte truth = in.readByte();
        List<String> answers = strings(in);
        List<String> steps = strings(in);
        List<String> rejects = strings(in);
        List<List<Integer>> swappable = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            List<Integer> group = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                group.add(in.readInt());
            }
            swappable.add(group);
        }
        return new Question(id, type, prompt, choices, truth < 0 ? null : truth == 1, answers, steps, rejects, swappable,
                string(in), strings(in), in.readBoolean(), string(in));
    }

    private static List<String> problemTexts(List<Problem> problems) {
        List<String> texts = new ArrayList<>();
        for (Problem p : problems) {
            texts.add(p.format());
        }
        return texts;
    }

    /** CRC-32C and CRC-32 side by side: intrinsics, where SHA-256 would start a security provider. */
    private static long hash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C c = new CRC32C();
        c.update(bytes, 0, bytes.length);
        CRC32 d = new CRC32();
        d.update(bytes, 0, bytes.length);
        return c.getValue() << 32 | d.getValue();
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            list.add(string(in));
        }
        return list;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
