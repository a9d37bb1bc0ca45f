package dev.dockernotes.progress;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Progress} as the compact JSON document of the progress file, with jackson-core's
 * streaming generator: the known fields in a fixed order (null where unset), then each part's
 * unknown fields as they were read. Each name is written once.
 */
final class ProgressWriter {
    private final JsonGenerator g;
    /** For timestamps and numbers: written from here, not from a String each. */
    private final char[] chars = new char[Math.max(Instants.MAX_LENGTH, 24)];

    private ProgressWriter(JsonGenerator g) {
        this.g = g;
    }

    /** The document's bytes (UTF-8); {@code sizeHint} is the expected size, e.g. the file's last size. */
    static ByteBuffer write(Progress progress, int sizeHint) {
        Bytes out = new Bytes(Math.max(256, sizeHint + sizeHint / 8));
        try (JsonGenerator g = ProgressJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            new ProgressWriter(g).progress(progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: cannot happen
        }
        return out.buffer();
    }

    /** The document as a byte array. */
    static byte[] write(Progress progress) {
        ByteBuffer b = write(progress, 0);
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return bytes;
    }

    /** What was written, without the copy {@link ByteArrayOutputStream#toByteArray()} makes. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        ByteBuffer buffer() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }

    private void progress(Progress p) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ProgressFields.VERSION);
        g.writeNumber(p.version);
        g.writeFieldName(ProgressFields.LAST);
        mark(p.last);
        g.writeFieldName(ProgressFields.READ);
        g.writeStartArray();
        for (SectionMark m : p.read) {
            mark(m);
        }
        g.writeEndArray();
        g.writeFieldName(ProgressFields.QUIZ);
        g.writeStartObject();
        for (Map.Entry<String, QuizRecord> e : p.quiz.entrySet()) {
            g.writeFieldName(e.getKey());
            quizRecord(e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName(ProgressFields.LABS);
        g.writeStartObject();
        for (Map.Entry<String, LabRecord> e : p.labs.entrySet()) {
            g.writeFieldName(e.getKey());
            lab(e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName(ProgressFields.CURRENT_LAB);
        g.writeString(p.currentLab);
        other(p);
        g.writeEndObject();
    }

    private void mark(SectionMark m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName(ProgressFields.CHAPTER);
        g.writeString(m.chapter);
        g.writeFieldName(ProgressFields.TOPIC);
        g.writeString(m.topic);
        g.writeFieldName(ProgressFields.TITLE);
        g.writeString(m.title);
        instant(ProgressFields.AT, m.at);
        other(m);
        g.writeEndObject();
    }

    private void quizRecord(QuizRecord r) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ProgressFields.ANSWERED);
        g.writeNumber(r.answered);
        g.writeFieldName(ProgressFields.RIGHT);
        g.writeNumber(r.right);
        g.writeFieldName(ProgressFields.ATTEMPTS);
        g.writeStartArray();
        for (Attempt a : r.attempts) {
            g.writeStartObject();
            instant(ProgressFields.AT, a.at);
            g.writeFieldName(ProgressFields.CORRECT);
        g.writeBoolean(a.correct);
            g.writeFieldName(ProgressFields.GIVEN);
        g.writeString(a.given);
            other(a);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(ProgressFields.SCHEDULE);
        Schedule s = r.schedule;
        if (s == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            instant(ProgressFields.DUE, s.due);
            number(ProgressFields.INTERVAL_DAYS, s.intervalDays);
            number(ProgressFields.EASE, s.ease);
            g.writeFieldName(ProgressFields.REPETITIONS);
        g.writeNumber(s.repetitions);
            g.writeFieldName(ProgressFields.LAPSES);
        g.writeNumber(s.lapses);
            number(ProgressFields.STABILITY, s.stability);
            number(ProgressFields.DIFFICULTY, s.difficulty);
            other(s);
            g.writeEndObject();
        }
        other(r);
        g.writeEndObject();
    }

    private void lab(LabRecord r) throws IOException {
        g.writeStartObject();
        instant(ProgressFields.STARTED, r.started);
        g.writeFieldName(ProgressFields.FINISHED);
        g.writeStartArray();
        for (String step : r.finished) {
            g.writeString(step);
        }
        g.writeEndArray();
        g.writeFieldName(ProgressFields.HINTS);
        g.writeStartObject();
        for (Map.Entry<String, Integer> e : r.hints.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        texts(ProgressFields.CONTAINERS, r.containers);
        texts(ProgressFields.VOLUMES, r.volumes);
        other(r);
        g.writeEndObject();
    }

    private void texts(SerializedString name, Map<String, String> texts) throws IOException {
        g.writeFieldName(name);
        g.writeStartObject();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private void instant(SerializedString name, Instant at) throws IOException {
        g.writeFieldName(name);
        int n = at == null ? 0 : Instants.format(at, chars);
        if (at == null) {
            g.writeNull();
        } else if (n < 0) {
            g.writeString(at.toString());
        } else {
            g.writeString(chars, 0, n);
        }
    }

    /** As {@link Double#toString}, which is how the file has always written them. */
    private void number(SerializedString name, double d) throws IOException {
        g.writeFieldName(name);
        int n = Decimals.format(d, chars);
        if (n < 0) {
            g.writeNumber(d);
        } else {
            g.writeNumber(chars, 0, n);
        }
    }

    private void other(KeepsUnknownFields part) throws IOException {
        if (!part.hasOther()) {
            return;
        }
        for (Map.Entry<String, Object> e : part.other().entrySet()) {
            g.writeFieldName(e.getKey());
            untyped(e.getValue());
        }
    }

    /** Writes back a value as {@link ProgressValues#untyped} read it. */
    @SuppressWarnings("unchecked")
    private void untyped(Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                g.writeFieldName(e.getKey());
                untyped(e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> || v instanceof Collection<?>) {
            g.writeStartArray();
            for (Object e : (Collection<?>) v) {
                untyped(e);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else {
            g.writeString(v.toString());
        }
    }
}
