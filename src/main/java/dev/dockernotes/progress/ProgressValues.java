package dev.dockernotes.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
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
 * The values of a progress document, read forgivingly from {@link ProgressReader}'s streaming parser:
 * a scalar of another type is converted (text "5" for a count, a number for text), a timestamp it
 * cannot read is null; a structure in the wrong place is a {@link WrongShape} (the file counts as
 * corrupt). Also field names in the order this code writes them, and unknown values as plain Java values.
 */
final class ProgressValues {
    private final JsonParser p;

    ProgressValues(JsonParser p) {
        this.p = p;
    }

    /**
     * The next field's name, or null at the end of the object. {@code order} is how this code writes
     * the object's fields: the k-th is matched by its bytes, without a lookup; any other name is read
     * the usual way.
     */
    String nextName(List<SerializedString> order, int k) throws IOException {
        if (k >= order.size()) {
            return p.nextFieldName();
        }
        if (p.nextFieldName(order.get(k))) {
            return order.get(k).getValue();
        }
        return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    }

    Set<String> texts(JsonToken t, String field) throws IOException {
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

    Map<String, Integer> counts(JsonToken t, String field) throws IOException {
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

    Map<String, String> textMap(JsonToken t, String field) throws IOException {
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
    String text(JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return p.getText();
        }
        throw wrongShape(quoted(field) + " should be text", t);
    }

    /** A whole number (cut to an int's range), from a number or text holding one; otherwise 0. */
    int count(JsonToken t, String field) throws IOException {
        if (!t.isScalarValue()) {
            throw wrongShape(quoted(field) + " should be a number", t);
        }
        double d = number(t, 0);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d));
    }

    boolean bool(JsonToken t, String field) throws IOException {
        return switch (t) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(t, 0) != 0;
            case VALUE_STRING -> "true".equalsIgnoreCase(p.getText().trim());
            default -> throw wrongShape(quoted(field) + " should be true or false", t);
        };
    }

    /** A finite number, or text holding one; anything else is {@code otherwise} (a structure is skipped). */
    double number(JsonToken t, double otherwise) throws IOException {
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
    Instant instant(JsonToken t) throws IOException {
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

    void expect(JsonToken t, JsonToken wanted, String what) {
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
    static final class WrongShape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongShape(String message) {
            super(message, null, false, false);
        }
    }
}
