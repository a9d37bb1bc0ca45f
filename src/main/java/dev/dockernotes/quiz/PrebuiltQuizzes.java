package dev.dockernotes.quiz;

import dev.dockernotes.content.Problem;
import dev.dockernotes.content.Source;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.text.Packed;
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
                if (!s.path().equals(Packed.readString(in)) || in.readLong() != hash(s)) {
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
                problems.add(new Problem(Packed.readString(in), in.readInt(), in.readInt(), Packed.readString(in)));
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
            Packed.writeString(out, s.path());
            out.writeLong(hash(s));
        }
        strings(out, problemTexts(unreadable));
        strings(out, new ArrayList<>(new TreeSet<>(topicIds)));
        out.writeInt(result.questions().size());
        for (Question q : result.questions()) {
            question(out, q);
        }
        out.writeInt(result.problems().size());
        for (Problem p : result.problems()) {
            Packed.writeString(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            Packed.writeString(out, p.message());
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
        Packed.writeString(out, q.id());
        Packed.writeString(out, q.type().name());
        Packed.writeString(out, q.prompt());
        out.writeInt(q.choices().size());
        for (Choice c : q.choices()) {
            Packed.writeString(out, c.text());
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
        Packed.writeString(out, q.explanation());
        strings(out, q.topics());
        out.writeBoolean(q.generated());
        Packed.writeString(out, q.source());
    }

    private static Question question(DataInputStream in) throws IOException {
        String id = Packed.readString(in);
        QuestionType type = QuestionType.valueOf(Packed.readString(in));
        String prompt = Packed.readString(in);
        List<Choice> choices = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            choices.add(new Choice(Packed.readString(in), in.readBoolean()));
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
                Packed.readString(in), strings(in), in.readBoolean(), Packed.readString(in));
    }

    private static List<String> problemTexts(List<Problem> problems) {
        List<String> texts = new ArrayList<>();
        for (Problem p : problems) {
            texts.add(p.format());
        }
        return texts;
    }

    private static long hash(Source s) {
        return Packed.hash(s.text().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            list.add(Packed.readString(in));
        }
        return list;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            Packed.writeString(out, s);
        }
    }
}
