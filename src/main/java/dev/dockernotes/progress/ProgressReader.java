package dev.dockernotes.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a progress document in one pass of jackson-core's streaming parser, into a normalized
 * {@link Progress}, or says why it cannot: {@link CorruptProgressException} (not JSON, not an
 * object, a version that is not a whole number, or the wrong shape: a list where an object belongs)
 * or {@link NewerVersionException} (a version higher than this code's, however large, and whatever
 * shape the rest has: that file is never called corrupt).
 *
 * <p>Lenient where it can be: a scalar of another type is converted (text "5" for a count, a number
 * for text), a timestamp or schedule value it cannot read takes its default; only a structure in
 * the wrong place costs the file (moved aside by the store, so nothing is lost). Fields it does not
 * know are kept as plain values ({@link KeepsUnknownFields}). The values themselves are read by
 * {@link ProgressValues}.
 */
final class ProgressReader {
    private final JsonParser p;
    private final Path file;
    private final ProgressValues values;
    /** The top-level "version" as written (the last one, should it be given twice). */
    private JsonToken versionToken;
    private BigDecimal version;
    private String versionText;

    private ProgressReader(JsonParser p, Path file) {
        this.p = p;
        this.file = file;
        this.values = new ProgressValues(p);
    }

    /**
     * The progress {@code bytes} hold; {@code file} names the file in the "newer version" message.
     *
     * @throws CorruptProgressException when the bytes are not a progress document (its reason reads
     *     "not valid JSON: ...", "it is empty", "unexpected content: ...")
     * @throws NewerVersionException when a newer dockernotes wrote it
     */
    static Progress read(byte[] bytes, Path file) throws CorruptProgressException {
        try (JsonParser p = ProgressJson.FACTORY.createParser(bytes)) {
            return new ProgressReader(p, file).document();
        } catch (JsonProcessingException e) {
            throw new CorruptProgressException("not valid JSON: " + ProgressJson.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory: cannot happen
        }
    }

    private Progress document() throws IOException, CorruptProgressException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new CorruptProgressException("it is empty");
        }
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            p.nextToken(); // a syntax error after it is still "not valid JSON"
            throw new CorruptProgressException("not a JSON object");
        }
        Progress progress = new Progress();
        String shape = null;
        try {
            fields(progress);
        } catch (ProgressValues.WrongShape e) {
            shape = e.getMessage();
            skipToTheEndWatchingTheVersion();
        }
        if (p.nextToken() != null) {
            throw new CorruptProgressException("not valid JSON: more than one value");
        }
        progress.version = checkVersion();
        if (shape != null) {
            throw new CorruptProgressException("unexpected content: " + shape);
        }
        progress.normalize();
        return progress;
    }

    private void fields(Progress progress) throws IOException {
        int k = 0;
        for (String name = values.nextName(ProgressFields.PROGRESS, k++); name != null; name = values.nextName(ProgressFields.PROGRESS, k++)) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "version" -> {
                    versionToken = t;
                    version = t.isNumeric() ? p.getDecimalValue() : null;
                    versionText = p.getText();
                    p.skipChildren();
                }
                case "last" -> progress.last = mark(t);
                case "read" -> progress.read = marks(t);
                case "quiz" -> progress.quiz = quiz(t);
                case "labs" -> progress.labs = labs(t);
                case "currentLab" -> progress.currentLab = values.text(t, "currentLab");
                default -> progress.other(name, values.untyped(t));
            }
        }
    }

    /** After a value of the wrong shape: the rest is still read, for a syntax error or a newer version. */
    private void skipToTheEndWatchingTheVersion() throws IOException {
        for (JsonToken t = p.currentToken(); ; t = p.nextToken()) {
            JsonStreamContext context = p.getParsingContext();
            if (t == JsonToken.END_OBJECT && context.inRoot()) {
                return;
            }
            if (t == JsonToken.FIELD_NAME && context.getParent().inRoot() && "version".equals(p.currentName())) {
                JsonToken v = p.nextToken();
                versionToken = v;
                version = v.isNumeric() ? p.getDecimalValue() : null;
                versionText = p.getText();
                p.skipChildren();
            }
        }
    }

    /** The version to migrate from; a missing one is taken as the current one, null as 0. */
    private int checkVersion() throws CorruptProgressException {
        if (versionToken == null) {
            return Progress.CURRENT_VERSION;
        }
        if (versionToken == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (version == null) {
            throw new CorruptProgressException("its version is not a number");
        }
        if (version.compareTo(BigDecimal.valueOf(Progress.CURRENT_VERSION)) > 0) {
            throw new NewerVersionException("progress file " + file + " was written by a newer dockernotes (version "
                    + versionText + "); upgrade dockernotes or move the file away");
        }
        if (version.signum() < 0 || version.stripTrailingZeros().scale() > 0) {
            throw new CorruptProgressException("its version is not a whole number");
        }
        return version.intValue();
    }

    // ---- the parts

    private List<SectionMark> marks(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        values.expect(t, JsonToken.START_ARRAY, "\"read\"");
        List<SectionMark> marks = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            marks.add(mark(e));
        }
        return marks;
    }

    private SectionMark mark(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        values.expect(t, JsonToken.START_OBJECT, "a read mark");
        SectionMark m = new SectionMark();
        int k = 0;
        for (String name = values.nextName(ProgressFields.MARK, k++); name != null; name = values.nextName(ProgressFields.MARK, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "chapter" -> m.chapter = values.text(v, name);
                case "topic" -> m.topic = values.text(v, name);
                case "title" -> m.title = values.text(v, name);
                case "at" -> m.at = values.instant(v);
                default -> m.other(name, values.untyped(v));
            }
        }
        return m;
    }

    private Map<String, QuizRecord> quiz(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        values.expect(t, JsonToken.START_OBJECT, "\"quiz\"");
        Map<String, QuizRecord> records = new TreeMap<>();
        for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
            records.put(id, quizRecord(p.nextToken()));
        }
        return records;
    }

    private QuizRecord quizRecord(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        values.expect(t, JsonToken.START_OBJECT, "a quiz record");
        QuizRecord r = new QuizRecord();
        int k = 0;
        for (String name = values.nextName(ProgressFields.QUIZ_RECORD, k++); name != null;
                name = values.nextName(ProgressFields.QUIZ_RECORD, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "answered" -> r.answered = values.count(v, name);
                case "right" -> r.right = values.count(v, name);
                case "attempts" -> r.attempts = attempts(v);
                case "schedule" -> r.schedule = schedule(v);
                default -> r.other(name, values.untyped(v));
            }
        }
        return r;
    }

    private List<Attempt> attempts(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        values.expect(t, JsonToken.START_ARRAY, "\"attempts\"");
        List<Attempt> attempts = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == JsonToken.VALUE_NULL) {
                attempts.add(null);
                continue;
            }
            values.expect(e, JsonToken.START_OBJECT, "an attempt");
            Attempt a = new Attempt();
            int k = 0;
            for (String name = values.nextName(ProgressFields.ATTEMPT, k++); name != null; name = values.nextName(ProgressFields.ATTEMPT, k++)) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "at" -> a.at = values.instant(v);
                    case "correct" -> a.correct = values.bool(v, name);
                    case "given" -> a.given = values.text(v, name);
                    default -> a.other(name, values.untyped(v));
                }
            }
            attempts.add(a);
        }
        return attempts;
    }

    /** Forgiving every value: what is not an object is no schedule; what cannot be read takes its default. */
    private Schedule schedule(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Schedule s = new Schedule();
        int k = 0;
        for (String name = values.nextName(ProgressFields.SCHEDULE_FIELDS, k++); name != null;
                name = values.nextName(ProgressFields.SCHEDULE_FIELDS, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "due" -> s.due = values.instant(v);
                case "intervalDays" -> s.intervalDays = values.number(v, 0);
                case "ease" -> s.ease = values.number(v, 2.5);
                case "repetitions" -> s.repetitions = (int) Math.max(0, Math.min(Integer.MAX_VALUE, values.number(v, 0)));
                case "lapses" -> s.lapses = (int) Math.max(0, Math.min(Integer.MAX_VALUE, values.number(v, 0)));
                case "stability" -> s.stability = values.number(v, 0);
                case "difficulty" -> s.difficulty = values.number(v, 0);
                default -> s.other(name, values.untyped(v));
            }
        }
        return s;
    }

    private Map<String, LabRecord> labs(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        values.expect(t, JsonToken.START_OBJECT, "\"labs\"");
        Map<String, LabRecord> labs = new TreeMap<>();
        for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) {
                labs.put(id, null);
                continue;
            }
            values.expect(v, JsonToken.START_OBJECT, "a lab record");
            labs.put(id, lab());
        }
        return labs;
    }

    private LabRecord lab() throws IOException {
        LabRecord r = new LabRecord();
        int k = 0;
        for (String name = values.nextName(ProgressFields.LAB, k++); name != null; name = values.nextName(ProgressFields.LAB, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "started" -> r.started = values.instant(v);
                case "finished" -> r.finished = values.texts(v, name);
                case "hints" -> r.hints = values.counts(v, name);
                case "containers" -> r.containers = values.textMap(v, name);
                case "volumes" -> r.volumes = values.textMap(v, name);
                default -> r.other(name, values.untyped(v));
            }
        }
        return r;
    }

}
