package dev.dockernotes.quiz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON tree that remembers where each object, array and field was written, so that problems in
 * a quiz file can be reported as file:line:column. (Jackson's own trees forget their locations.)
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    record Position(int line, int column) {
        static Position of(JsonLocation location) {
            return new Position(location.getLineNr(), location.getColumnNr());
        }
    }

    private final Map<JsonNode, Position> containers = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, Position>> fields = new IdentityHashMap<>();
    private final JsonNode root;

    private LocatedJson(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new EmptyException();
        }
        this.root = read(parser);
        if (parser.nextToken() != null) {
            throw new TrailingException(Position.of(parser.currentTokenLocation()));
        }
    }

    /** Parses the text; malformed JSON throws Jackson's exception, which carries the location. */
    static LocatedJson parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return new LocatedJson(parser);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Where an object or array starts. */
    Position at(JsonNode container) {
        Position p = containers.get(container);
        return p == null ? new Position(0, 0) : p;
    }

    /** Where a field's name is written in an object, else where the object starts. */
    Position at(JsonNode object, String field) {
        Map<String, Position> named = fields.get(object);
        Position p = named == null ? null : named.get(field);
        return p == null ? at(object) : p;
    }

    private JsonNode read(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = p.currentToken();
        Position where = Position.of(p.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                containers.put(object, where);
                Map<String, Position> named = new LinkedHashMap<>();
                fields.put(object, named);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    named.putIfAbsent(name, Position.of(p.currentTokenLocation()));
                    p.nextToken();
                    object.set(name, read(p));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                containers.put(array, where);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    /** The file holds no JSON value at all. */
    static final class EmptyException extends IOException {
        EmptyException() {
            super("the file is empty; expected a JSON object");
        }
    }

    /** Something follows the end of the top-level value. */
    static final class TrailingException extends IOException {
        final Position position;

        TrailingException(Position position) {
            super("unexpected content after the end of the JSON object");
            this.position = position;
        }
    }
}
