package dev.dockernotes.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * know are kept as plain values ({@link KeepsUnknownFields}).
 */
final class ProgressReader {
    private final JsonParser p;
    private final Path file;
    /** The top-level "version" as written (the last one, should it be given twice). */
    private JsonToken versionToken;
    private BigDecimal version;
    private String versionText;

    private ProgressReader(JsonParser p, Path file) {
        this.p = p;
        this.file = file;
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
        } catch (WrongShape e) {
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
        for (String name = nextName(ProgressFields.PROGRESS, k++); name != null; name = nextName(ProgressFields.PROGRESS, k++)) {
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
                case "currentLab" -> progress.currentLab = text(t, "currentLab");
                default -> progress.other(name, untyped(t));
            }
        }
    }

    /**
     * The next field's name, or null at the end of the object. {@code order} is how this code writes
     * the object's fields: the k-th is matched by its bytes, without a lookup; any other name is read
     * the usual way.
     */
    private String nextName(List<SerializedString> order, int k) throws IOException {
        if (k >= order.size()) {
            return p.nextFieldName();
        }
        if (p.nextFieldName(order.get(k))) {
            return order.get(k).getValue();
        }
        return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
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
        expect(t, JsonToken.START_ARRAY, "\"read\"");
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
        expect(t, JsonToken.START_OBJECT, "a read mark");
        SectionMark m = new SectionMark();
        int k = 0;
        for (String name = nextName(ProgressFields.MARK, k++); name != null; name = nextName(ProgressFields.MARK, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "chapter" -> m.chapter = text(v, name);
                case "topic" -> m.topic = text(v, name);
                case "title" -> m.title = text(v, name);
                case "at" -> m.at = instant(v);
                default -> m.other(name, untyped(v));
            }
        }
        return m;
    }

    private Map<String, QuizRecord> quiz(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT, "\"quiz\"");
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
        expect(t, JsonToken.START_OBJECT, "a quiz record");
        QuizRecord r = new QuizRecord();
        int k = 0;
        for (String name = nextName(ProgressFields.QUIZ_RECORD, k++); name != null;
                name = nextName(ProgressFields.QUIZ_RECORD, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "answered" -> r.answered = count(v, name);
                case "right" -> r.right = count(v, name);
                case "attempts" -> r.attempts = attempts(v);
                case "schedule" -> r.schedule = schedule(v);
                default -> r.other(name, untyped(v));
            }
        }
        return r;
    }

    private List<Attempt> attempts(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY, "\"attempts\"");
        List<Attempt> attempts = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == JsonToken.VALUE_NULL) {
                attempts.add(null);
                continue;
            }
            expect(e, JsonToken.START_OBJECT, "an attempt");
            Attempt a = new Attempt();
            int k = 0;
            for (String name = nextName(ProgressFields.ATTEMPT, k++); name != null; name = nextName(ProgressFields.ATTEMPT, k++)) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "at" -> a.at = instant(v);
                    case "correct" -> a.correct = bool(v, name);
                    case "given" -> a.given = text(v, name);
                    default -> a.other(name, untyped(v));
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
        for (String name = nextName(ProgressFields.SCHEDULE_FIELDS, k++); name != null;
                name = nextName(ProgressFields.SCHEDULE_FIELDS, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "due" -> s.due = instant(v);
                case "intervalDays" -> s.intervalDays = number(v, 0);
                case "ease" -> s.ease = number(v, 2.5);
                case "repetitions" -> s.repetitions = (int) Math.max(0, Math.min(Integer.MAX_VALUE, number(v, 0)));
                case "lapses" -> s.lapses = (int) Math.max(0, Math.min(Integer.MAX_VALUE, number(v, 0)));
                case "stability" -> s.stability = number(v, 0);
                case "difficulty" -> s.difficulty = number(v, 0);
                default -> s.other(name, untyped(v));
            }
        }
        return s;
    }

    private Map<String, LabRecord> labs(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT, "\"labs\"");
        Map<String, LabRecord> labs = new TreeMap<>();
        for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) {
                labs.put(id, null);
                continue;
            }
            expect(v, JsonToken.START_OBJECT, "a lab record");
            labs.put(id, lab());
        }
        return labs;
    }

    private LabRecord lab() throws IOException {
        LabRecord r = new LabRecord();
        int k = 0;
        for (String name = nextName(ProgressFields.LAB, k++); name != null; name = nextName(ProgressFields.LAB, k++)) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "started" -> r.started = instant(v);
                case "finished" -> r.finished = texts(v, name);
                case "hints" -> r.hints = counts(v, name);
                case "containers" -> r.containers = textMap(v, name);
                case "volumes" -> r.volumes = textMap(v, name);
                default -> r.other(name, untyped(v));
            }
        }
        return r;
    }

    // ---- values

    private Set<String> texts(JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY, quoted(field));
        Set<String> texts = new LinkedHashSet<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            texts.add(text(e, field));
        }
        return texts;
    }

    private Map<String, Integer> counts(JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT, quoted(field));
        Map<String, Integer> counts = new TreeMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            counts.put(name, v == JsonToken.VALUE_NULL ? null : count(v, field));
        }
        return counts;
    }

    private Map<String, String> textMap(JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT, quoted(field));
        Map<String, String> texts = new TreeMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            texts.put(name, text(p.nextToken(), field));
        }
        return texts;
    }

    /** Text; a number or true/false as written; null as null. */
    private String text(JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return p.getText();
        }
        throw wrongShape(quoted(field) + " should be text", t);
    }

    /** A whole number (cut to an int's range), from a number or text holding one; otherwise 0. */
    private int count(JsonToken t, String field) throws IOException {
        if (!t.isScalarValue()) {
            throw wrongShape(quoted(field) + " should be a number", t);
        }
        double d = number(t, 0);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d));
    }

    private boolean bool(JsonToken t, String field) throws IOException {
        return switch (t) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(t, 0) != 0;
            case VALUE_STRING -> "true".equalsIgnoreCase(p.getText().trim());
            default -> throw wrongShape(quoted(field) + " should be true or false", t);
        };
    }

    /** A finite number, or text holding one; anything else is {@code otherwise} (a structure is skipped). */
    private double number(JsonToken t, double otherwise) throws IOException {
        double d;
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            d = Decimals.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (Double.isNaN(d)) {
                d = p.getValueAsDouble(otherwise);
            }
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
            d = p.getValueAsDouble(otherwise);
        } else if (t == JsonToken.VALUE_STRING) {
            try {
                d = Double.parseDouble(p.getText().trim());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        } else {
            p.skipChildren();
            return otherwise;
        }
        return Double.isFinite(d) ? d : otherwise;
    }

    /** ISO-8601 text or epoch milliseconds; anything else, or a time no clock can hold, is null. */
    private Instant instant(JsonToken t) throws IOException {
        try {
            if (t == JsonToken.VALUE_STRING) {
                char[] c = p.getTextCharacters();
                int from = p.getTextOffset();
                int to = from + p.getTextLength();
                while (from < to && c[from] <= ' ') {
                    from++;
                }
                while (to > from && c[to - 1] <= ' ') {
                    to--;
                }
                return from == to ? null : Instants.parse(c, from, to - from);
            }
            if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return Instant.ofEpochMilli(p.getLongValue());
            }
        } catch (DateTimeException e) {
            return null;
        }
        p.skipChildren();
        return null;
    }

    /**
     * A value this code does not know, as plain Java values (maps keep their order; a name given twice
     * keeps its last value), to be written back as it was.
     */
    Object untyped(JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    map.put(name, untyped(p.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(untyped(e));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private void expect(JsonToken t, JsonToken wanted, String what) {
        if (t != wanted) {
            throw wrongShape(what + " should be " + (wanted == JsonToken.START_ARRAY ? "a list" : "an object"), t);
        }
    }

    private WrongShape wrongShape(String what, JsonToken t) {
        String kind = switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> t.asString();
            default -> "null";
        };
        var at = p.currentTokenLocation();
        return new WrongShape(what + ", not " + kind + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    private static String quoted(String field) {
        return "\"" + field + "\"";
    }

    /** A structure where another belongs: the rest of the file is still read, then it counts as corrupt. */
    private static final class WrongShape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongShape(String message) {
            super(message, null, false, false);
        }
    }
}
