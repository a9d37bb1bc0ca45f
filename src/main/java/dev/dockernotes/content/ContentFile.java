package dev.dockernotes.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockernotes.text.Controls;
import dev.dockernotes.text.Similarity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One versioned content file (a quiz or lab file) that passed the rule every such file follows:
 *
 * <pre>{"version": 1, "questions": [ ... ]}</pre>
 *
 * a JSON object with a whole-number {@code version} and one list of items. A version newer than this
 * dockernotes reads (of any size) is refused as newer, never as corrupt; a missing or invalid one is
 * reported where it is. Validators of the items report their problems through it, with the file,
 * line and column of the value they are about.
 */
public final class ContentFile {
    /** What a kind of content file looks like: "quiz" files, version 1, whose items are in "questions". */
    public record Format(String kind, int version, String list) {}

    private final Source source;
    private final LocatedJson json;
    private final JsonNode items;
    private final List<Problem> problems;

    private ContentFile(Source source, LocatedJson json, JsonNode items, List<Problem> problems) {
        this.source = source;
        this.json = json;
        this.items = items;
        this.problems = problems;
    }

    /**
     * Reads a file by the versioned-file rule: the file, if its items can be read; otherwise empty,
     * with the reason added to {@code problems} (which also collects what validators report later).
     */
    public static Optional<ContentFile> read(Source source, Format format, List<Problem> problems) {
        LocatedJson json;
        try {
            json = LocatedJson.parse(source.text());
        } catch (LocatedJson.Malformed e) {
            problems.add(e.problem(source.path()));
            return Optional.empty();
        }
        ContentFile file = new ContentFile(source, json, null, problems);
        JsonNode root = json.root();
        if (!root.isObject()) {
            file.problem(root, "a " + format.kind() + " file is a JSON object with 'version' and '" + format.list() + "'");
            return Optional.empty();
        }
        if (!file.versionReadable(root, format)) {
            return Optional.empty();
        }
        file.unknownFields(root, null, List.of("version", format.list())); // reported; the items still load
        JsonNode list = root.get(format.list());
        if (list == null) {
            file.problem(root, "missing field '" + format.list() + "'");
            return Optional.empty();
        }
        if (!list.isArray()) {
            file.problem(root, format.list(), "'" + format.list() + "' must be a list, not " + describe(list));
            return Optional.empty();
        }
        return Optional.of(new ContentFile(source, json, list, problems));
    }

    private boolean versionReadable(JsonNode root, Format format) {
        JsonNode version = root.get("version");
        if (version == null) {
            problem(root, "missing field 'version' (the " + format.kind() + " format version; this dockernotes reads "
                    + format.version() + ")");
            return false;
        }
        if (!version.isIntegralNumber()) {
            problem(root, "version", "'version' must be a whole number, not "
                    + (version.isNumber() ? version.asText() : describe(version)));
            return false;
        }
        BigInteger v = version.bigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(format.version())) > 0) {
            problem(root, "version", format.kind() + " format version " + shortNumber(v) + " is newer than this dockernotes reads ("
                    + format.version() + "); update dockernotes to use this file");
            return false;
        }
        if (v.signum() <= 0) {
            problem(root, "version", "unknown " + format.kind() + " format version " + shortNumber(v) + " (this dockernotes reads "
                    + (format.version() == 1 ? "version 1" : "1 to " + format.version()) + ")");
            return false;
        }
        return true;
    }

    public String path() {
        return source.path();
    }

    public LocatedJson json() {
        return json;
    }

    /** The file's list of items (questions, labs), each to be validated. */
    public JsonNode items() {
        return items;
    }

    /** How many problems have been reported so far (to tell whether an item added any). */
    public int problemCount() {
        return problems.size();
    }

    /** A problem where an object or array starts. */
    public void problem(JsonNode container, String message) {
        problems.add(json.at(container).problem(source.path(), message));
    }

    /** A problem where a field's name is written (where the object starts when it has no such field). */
    public void problem(JsonNode object, String field, String message) {
        problems.add(json.at(object, field).problem(source.path(), message));
    }

    /** A problem where an array's element starts. */
    public void problem(JsonNode array, int index, String message) {
        problems.add(json.at(array, index).problem(source.path(), message));
    }

    /**
     * A non-blank string field (shown, never obeyed: its control characters made visible); null with
     * a problem when it is missing but required, or not a non-blank string.
     */
    public String text(JsonNode object, String field, String label, boolean required) {
        JsonNode v = object.get(field);
        if (v == null) {
            if (required) {
                problem(object, prefix(label) + "missing field '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(object, field, prefix(label) + "'" + field + "' must be a non-empty string, not " + describe(v));
            return null;
        }
        return Controls.visible(v.asText());
    }

    /**
     * A list of non-blank strings (made visible); an absent optional one is empty; null with a problem
     * when it is missing but required, not a list, or holds something else than non-blank strings.
     */
    public List<String> strings(JsonNode object, String field, String label, boolean required) {
        JsonNode v = object.get(field);
        if (v == null) {
            if (required) {
                problem(object, prefix(label) + "missing field '" + field + "'");
                return null;
            }
            return List.of();
        }
        if (!v.isArray()) {
            problem(object, field, prefix(label) + "'" + field + "' must be a list of strings, not " + describe(v));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode s = v.get(i);
            if (!s.isTextual() || s.asText().isBlank()) {
                problem(v, i, prefix(label) + "'" + field + "' must hold non-empty strings, not " + describe(s));
                return null;
            }
            out.add(Controls.visible(s.asText()));
        }
        return out;
    }

    /** Reports every field of the object that is not one of {@code known}, with the one probably meant. */
    public void unknownFields(JsonNode object, String label, Collection<String> known) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problem(object, name, prefix(label) + "unknown field '" + name + "'" + didYouMean(name, known));
            }
        }
    }

    private static String prefix(String label) {
        return label == null ? "" : label + ": ";
    }

    /** "; did you mean 'x'?" for the known word closest to what was given, else "". */
    public static String didYouMean(String given, Collection<String> known) {
        List<String> close = Similarity.suggestions(given, known, 1);
        return close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?";
    }

    /** What a value is, for "must be ..., not a string". */
    public static String describe(JsonNode v) {
        if (v.isTextual()) {
            return v.asText().isBlank() ? "an empty string" : "a string";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }

    /** A number as written, shortened in the middle when it is too long to read in a message. */
    private static String shortNumber(BigInteger v) {
        String s = v.toString();
        return s.length() <= 24 ? s : s.substring(0, 10) + "..." + s.substring(s.length() - 10) + " (" + s.length() + " digits)";
    }
}
