package dev.dockernotes.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The versioned-file rule every quiz and lab file follows, with the exact message for each way to break it. */
class ContentFileTest {
    private static final ContentFile.Format LAB = new ContentFile.Format("lab", 1, "labs");

    private static List<String> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<ContentFile> file = ContentFile.read(new Source("labs/x.json", text), LAB, problems);
        assertThat(file.isPresent()).as("refused exactly when there is a problem").isEqualTo(problems.isEmpty());
        return problems.stream().map(Problem::format).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u00ac', textBlock = """
        {"version": 1, "labs": []}                      |
        {"version": 2, "labs": []}                      | labs/x.json:1:2: lab format version 2 is newer than this dockernotes reads (1); update dockernotes to use this file
        {"version": 2147483648, "labs": []}             | labs/x.json:1:2: lab format version 2147483648 is newer than this dockernotes reads (1); update dockernotes to use this file
        {"version": 99999999999999999999999, "labs": 3} | labs/x.json:1:2: lab format version 99999999999999999999999 is newer than this dockernotes reads (1); update dockernotes to use this file
        {"labs": []}                                    | labs/x.json:1:1: missing field 'version' (the lab format version; this dockernotes reads 1)
        {"version": "1", "labs": []}                    | labs/x.json:1:2: 'version' must be a whole number, not a string
        {"version": 1.5, "labs": []}                    | labs/x.json:1:2: 'version' must be a whole number, not 1.5
        {"version": null, "labs": []}                   | labs/x.json:1:2: 'version' must be a whole number, not null
        {"version": 0, "labs": []}                      | labs/x.json:1:2: unknown lab format version 0 (this dockernotes reads version 1)
        {"version": -99999999999999999999, "labs": []}  | labs/x.json:1:2: unknown lab format version -99999999999999999999 (this dockernotes reads version 1)
        {"version": 1}                                  | labs/x.json:1:1: missing field 'labs'
        {"version": 1, "labs": {}}                      | labs/x.json:1:16: 'labs' must be a list, not an object
        [1, 2]                                          | labs/x.json:1:1: a lab file is a JSON object with 'version' and 'labs'
        """)
    void theVersionAndTheListAreCheckedWhereTheyAreWritten(String text, String expected) {
        assertThat(problems(text)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u00ac', textBlock = """
        {"version": 1, "lab": []}                       | labs/x.json:1:16: unknown field 'lab'; did you mean 'labs'?
        {"version": 1, "labs": [], "notes": ""}         | labs/x.json:1:28: unknown field 'notes'
        """)
    void anUnknownTopLevelFieldIsNamed(String text, String expected) {
        List<Problem> problems = new ArrayList<>();
        ContentFile.read(new Source("labs/x.json", text), LAB, problems);
        assertThat(problems).extracting(Problem::format).startsWith(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u00ac', textBlock = """
        {"version": 99999999999999999999999, "labs": [
        {"version": 2, "labs": [}}}                     
        """)
    void aNewerVersionIsNotMistakenForAnUnreadableOneWhenItsContentIsBroken(String text) {
        // a newer file may well be unreadable to us: it is still malformed JSON first when it is not JSON at all
        assertThat(problems(text)).singleElement().asString().contains("malformed JSON");
    }
}
