package dev.dockernotes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Where each value of a content file was written, and what is not one well-formed JSON value. */
class LocatedJsonTest {
    private static final String TEXT = """
        {"version": 1,
          "labs": [
            {"id": "a", "steps": ["one",
                                  "two"]},
            [true, null]
          ]}
        """;

    private static LocatedJson parse(String text) {
        try {
            return LocatedJson.parse(text);
        } catch (LocatedJson.Malformed e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String malformed(String text) {
        try {
            LocatedJson.parse(text);
        } catch (LocatedJson.Malformed e) {
            return e.problem("x.json").format();
        }
        throw new AssertionError("parsed: " + text);
    }

    @Test
    void containersFieldsAndElementsKnowTheirLineAndColumn() {
        LocatedJson json = parse(TEXT);
        JsonNode root = json.root();
        JsonNode labs = root.get("labs");
        JsonNode lab = labs.get(0);
        assertThat(json.at(root)).isEqualTo(new LocatedJson.Position(1, 1));
        assertThat(json.at(root, "version")).isEqualTo(new LocatedJson.Position(1, 2));
        assertThat(json.at(root, "labs")).isEqualTo(new LocatedJson.Position(2, 3));
        assertThat(json.at(labs)).isEqualTo(new LocatedJson.Position(2, 11));
        assertThat(json.at(labs, 0)).isEqualTo(new LocatedJson.Position(3, 5));
        assertThat(json.at(lab, "steps")).isEqualTo(new LocatedJson.Position(3, 17));
        assertThat(json.at(lab.get("steps"), 1)).isEqualTo(new LocatedJson.Position(4, 27));
        assertThat(json.at(labs, 1)).isEqualTo(new LocatedJson.Position(5, 5));
        assertThat(json.at(labs.get(1), 1)).isEqualTo(new LocatedJson.Position(5, 12));
    }

    @Test
    void whatIsNotThereFallsBackToItsContainer() {
        LocatedJson json = parse(TEXT);
        JsonNode lab = json.root().get("labs").get(0);
        assertThat(json.at(lab, "title")).isEqualTo(json.at(lab));
        assertThat(json.at(lab.get("steps"), 7)).isEqualTo(json.at(lab.get("steps")));
        assertThat(json.at(parse("{}").root())).isEqualTo(LocatedJson.Position.NONE);
    }

    @Test
    void valuesAreReadAsJacksonWouldRead() {
        JsonNode root = parse("{\"i\": 7, \"l\": 8000000000, \"b\": 99999999999999999999999, \"d\": 1.5, \"t\": true, \"n\": null}").root();
        assertThat(root.get("i").isInt()).isTrue();
        assertThat(root.get("l").longValue()).isEqualTo(8_000_000_000L);
        assertThat(root.get("b").bigIntegerValue()).isEqualTo(new BigInteger("99999999999999999999999"));
        assertThat(root.get("d").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(root.get("t").booleanValue()).isTrue();
        assertThat(root.get("n").isNull()).isTrue();
    }

    @Test
    void aFieldWrittenTwiceIsMalformedWhereItIsWrittenAgain() {
        assertThat(malformed("{\"id\": \"a\",\n \"id\": \"b\"}"))
                .isEqualTo("x.json:2:2: malformed JSON: field 'id' is written twice in one object (first at line 1, column 2)");
        // the same name in two objects is fine
        assertThat(parse("[{\"id\": 1}, {\"id\": 2}]").root().get(1).get("id").asInt()).isEqualTo(2);
    }

    @Test
    void brokenTextSaysWhereAndWhyInOneLine() {
        assertThat(malformed("{\"a\": 1,\n}")).isEqualTo("x.json:2:1: malformed JSON: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name");
        assertThat(malformed("  \n")).isEqualTo("x.json: the file is empty; expected a JSON object");
        assertThat(malformed("{}\n{}")).isEqualTo("x.json:2:1: unexpected content after the end of the JSON object");
        assertThat(malformed("{\"a\": [1, 2}")).startsWith("x.json:1:12: malformed JSON: Unexpected close marker '}'")
                .doesNotContain("Source").doesNotContain("\n");
    }

    @Test
    void hostileStringsAreKeptAsTheyAreAndShownVisiblyInProblems() {
        String esc = "\u001b]0;pwned\u0007\u001b[2J";
        JsonNode root = parse("{\"t\": \"\\u001b]0;pwned\\u0007\\u001b[2J\", \"\\u001b[31m\": 1}").root();
        assertThat(root.get("t").asText()).isEqualTo(esc);
        // a control character written raw inside a string is not JSON: its message shows it, never obeys it
        String message = malformed("{\"t\": \"a\u001b[2Jb\"}");
        assertThat(message).startsWith("x.json:1:9: malformed JSON: Illegal unquoted character").doesNotContain("\u001b");
        assertThat(malformed("{\"\u001b[2J\": 1, \"\u001b[2J\": 2}")).doesNotContain("\u001b");
    }

    @Test
    void aHugeFileIsReadWithThePositionsOfItsLastLines() {
        StringBuilder sb = new StringBuilder("{\"version\": 1, \"questions\": [\n");
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            sb.append("  {\"id\": \"q").append(i).append("\", \"prompt\": \"").append("x".repeat(40)).append("\"}")
                    .append(i + 1 < n ? ",\n" : "\n");
        }
        sb.append("]}\n");
        LocatedJson json = parse(sb.toString()); // about 3 MB
        JsonNode questions = json.root().get("questions");
        assertThat(questions.size()).isEqualTo(n);
        assertThat(json.at(questions.get(n - 1), "prompt")).isEqualTo(new LocatedJson.Position(n + 1,
                "  {\"id\": \"q49999\", ".length() + 1));
    }

    @Test
    void hugeOrDeepValuesAreOneLineProblemsNotCrashes() {
        assertThat(malformed("[".repeat(100_000))).startsWith("x.json:1:").contains("malformed JSON: ")
                .contains("nesting depth (1001) exceeds the maximum allowed (1000)").doesNotContain("StreamReadConstraints");
        assertThat(malformed("{\"v\": " + "9".repeat(5_000) + "}")).startsWith("x.json:1:").contains("malformed JSON: ")
                .contains("Number value length");
        String big = "{\"t\": \"" + "a".repeat(25_000_000) + "\"}";
        assertThatThrownBy(() -> LocatedJson.parse(big)).isInstanceOf(LocatedJson.Malformed.class)
                .hasMessageStartingWith("malformed JSON: ").hasMessageContaining("String value length");
    }
}
