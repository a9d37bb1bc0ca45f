package dev.dockernotes.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockernotes.text.JsonErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value was written (line and column, both from 1), so that a
 * problem in a content file can be reported as {@code file:line:column}: where an object or array
 * starts, where a field's name is written, where an array's element starts. Jackson's own trees
 * forget their locations. One reader for quiz and lab files alike.
 *
 * <p>Stricter than plain Jackson where a lenient reading would hide a mistake: a field written twice
 * in one object, and anything after the top-level value, are malformed. Whole numbers of any size
 * are kept (a version 99999999999999999999 is a very new version, not an error).
 */
public final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Line and column (from 1) in the text; 0, 0 when not known. */
    public record Position(int line, int column) {
        public static final Position NONE = new Position(0, 0);

        static Position of(JsonLocation location) {
            return location == null ? NONE : new Position(location.getLineNr(), location.getColumnNr());
        }

        /** A problem at this position of a file. */
        public Problem problem(String file, String message) {
            return new Problem(file, line, column, message);
        }
    }

    private final Map<JsonNode, Position> containers = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Position>> fields = new IdentityHashMap<>();
    private final Map<JsonNode, List<Position>> elements = new IdentityHashMap<>();
    private final JsonNode root;

    private LocatedJson(JsonParser parser) throws IOException, Malformed {
        if (parser.nextToken() == null) {
            throw new Malformed(Position.NONE, "the file is empty; expected a JSON object");
        }
        this.root = read(parser);
        if (parser.nextToken() != null) {
            throw new Malformed(Position.of(parser.currentTokenLocation()), "unexpected content after the end of the JSON object");
        }
    }

    /** Parses the text; what is not well-formed JSON is a {@link Malformed} with its position. */
    public static LocatedJson parse(String text) throws Malformed {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            return new LocatedJson(parser);
        } catch (JsonProcessingException e) {
            // a limit of Jackson's (nesting depth, length of a number or string) comes without a location
            JsonLocation where = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            throw new Malformed(Position.of(where), "malformed JSON: " + JsonErrors.clean(e.getOriginalMessage())
                    .replaceAll(",? from `StreamReadConstraints[^`]*`", ""));
        } catch (IOException e) {
            throw new Malformed(Position.NONE, "malformed JSON: " + e.getMessage()); // a String has no I/O errors
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // reading a String: nothing to release
                }
            }
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Where an object or array starts ({@link Position#NONE} for a node not of this tree). */
    public Position at(JsonNode container) {
        return containers.getOrDefault(container, Position.NONE);
    }

    /** Where a field's name is written in an object; where the object starts when it has no such field. */
    public Position at(JsonNode object, String field) {
        Map<String, Position> named = fields.get(object);
        Position p = named == null ? null : named.get(field);
        return p == null ? at(object) : p;
    }

    /** Where an array's element starts; where the array starts when it has no such element. */
    public Position at(JsonNode array, int index) {
        List<Position> list = elements.get(array);
        return list == null || index < 0 || index >= list.size() ? at(array) : list.get(index);
    }

    private JsonNode read(JsonParser p) throws IOException, Malformed {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                containers.put(object, Position.of(p.currentTokenLocation()));
                Map<String, Position> named = new HashMap<>();
                fields.put(object, named);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Position here = Position.of(p.currentTokenLocation());
                    Position first = named.putIfAbsent(name, here);
                    if (first != null) {
                        throw new Malformed(here, "malformed JSON: field '" + name + "' is written twice in one object"
                                + " (first at line " + first.line() + ", column " + first.column() + ")");
                    }
                    p.nextToken();
                    object.set(name, read(p));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                containers.put(array, Position.of(p.currentTokenLocation()));
                List<Position> positions = new ArrayList<>();
                elements.put(array, positions);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    positions.add(Position.of(p.currentTokenLocation()));
                    array.add(read(p));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    /** The text is not one well-formed JSON value: where (line 0 when it is about the whole file) and why. */
    public static final class Malformed extends Exception {
        private final Position position;

        Malformed(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }

        public Position position() {
            return position;
        }

        public Problem problem(String file) {
            return position.problem(file, getMessage());
        }
    }
}
