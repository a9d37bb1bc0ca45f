package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A notes folder, a quiz file and a lab file written by an attacker: escape sequences that clear
 * the screen, set the window title, make the terminal answer, open hyperlinks of their own. Every
 * command shows them (^[) and sends none of them, plain or in colour; only dockernotes' own SGR
 * styles and OSC 8 links to web addresses reach standard output.
 */
class HostileContentTest {
    static final String ESC = "\u001b";
    static final String BEL = "\u0007";

    static final String NOTES = """
            # Hostile ESC]0;pwned-titleBEL notes

            Intro ESC[2J cleared, ESC[6n asks, C1 \u009b31m red, DEL \u007f, BS \b, CR \r. Entities &#27;[2J and &#x9b;6n.

            A raw link ESC]8;;http://evil.example/ESC\\\\click meESC]8;;ESC\\\\ and [a script](javascript:alert(1))
            and [an entity link](http://a.example/&#27;]0;x&#7;) and [a fine one](https://docs.docker.com/).

            ## Plain section

            Volumes keep data ESC[31m safe.

            | head ESC[1m | b |
            |---|---|
            | BEL | c |

            ```sh
            docker run ESC[2J busybox
            ```
            """.replace("ESC", ESC).replace("BEL", BEL);

    static final String QUIZ = """
            {"version": 1, "questions": [
              {"id": "q1", "type": "single", "prompt": "Which \\u001b[2J one \\u009b6n?",
               "choices": [{"text": "right \\u001b]0;title\\u0007", "correct": true}, {"text": "wrong", "correct": false}],
               "explanation": "Because \\u001b[6n.", "topics": ["plain-section"]}]}
            """;

    /** dockernotes' own sequences: SGR, and OSC 8 to http(s)/mailto or closing. */
    private static final Pattern OWN = Pattern.compile(
            "\u001b\\[[0-9;:]*m|\u001b]8;[^;\u0000-\u001f]*;((https?|mailto):[^\u0000-\u0020\u007f-\u009f]*)?\u001b\\\\");
    private static final Pattern CONTROL = Pattern.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f]");

    @TempDir
    Path home;
    @TempDir
    Path notes;

    @BeforeEach
    void writeFixture() throws Exception {
        Files.writeString(notes.resolve("chapter1.md"), NOTES);
        Files.createDirectories(notes.resolve("quizzes"));
        Files.writeString(notes.resolve("quizzes/chapter1.json"), QUIZ);
    }

    static Stream<Arguments> commands() {
        List<List<String>> commands = List.of(
                List.of("learn", "chapter1"),
                List.of("show", "plain-section"),
                List.of("show", "chapter1"),
                List.of("search", "volumes"),
                List.of("search", "cleared"),
                List.of("topics"),
                List.of("chapters"),
                List.of("graph", "--format", "dot"),
                List.of("quiz", "chapter1", "--count", "1", "--seed", "1"),
                List.of("check"));
        return commands.stream().flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    @ParameterizedTest(name = "{0} colour={1}")
    @MethodSource("commands")
    void noControlSequenceOfTheContentReachesTheTerminal(List<String> command, boolean colour) {
        List<String> args = new java.util.ArrayList<>(List.of("--notes", notes.toString(), colour ? "--color=always" : "--no-color"));
        args.addAll(command);
        Cli.Run r = new Cli(home).stdin("a\n").run(args.toArray(String[]::new));
        assertSafe(r.out());
        assertSafe(r.err());
        if (!command.get(0).equals("check")) {
            assertThat(r.out()).as("the content is shown, its controls visibly").contains("^[");
        }
    }

    @Test
    void theLoaderShowsControlsInTitlesTextAndMarkdown() {
        TopicGraph graph = NotesLoader.loadFolder(notes).graph();
        for (Topic t : graph.topics()) {
            assertThat(CONTROL.matcher(t.title() + t.text() + t.markdown() + t.body()).find())
                    .as(t.id()).isFalse();
        }
        assertThat(graph.chapters().get(0).title()).isEqualTo("Hostile ^[]0;pwned-title^G notes");
        assertThat(graph.topics().get(1).text()).contains("Volumes keep data ^[[31m safe.");
    }

    @Test
    void colourRenderingLinksOnlyToWebAddresses() {
        Cli.Run r = new Cli(home).run("--notes", notes.toString(), "--color=always", "show", "chapter1");
        assertThat(r.out()).contains(ESC + "]8;;https://docs.docker.com/" + ESC + "\\");
        assertThat(r.out()).doesNotContain(ESC + "]8;;javascript").doesNotContain(ESC + "]8;;http://a.example");
        assertThat(OWN.matcher(r.out()).replaceAll("")).contains("^[]8;;http://evil.example/^[\\click me");
    }

    @Test
    void theUsersOwnArgumentsAreShownNotObeyedInErrors() {
        Cli.Run r = new Cli(home).run("show", "no-such" + ESC + "]0;pwned" + BEL + ESC + "[2J");
        assertThat(r.exitCode()).isEqualTo(1);
        assertSafe(r.err());
        assertThat(r.err()).contains("^[]0;pwned^G^[[2J");
    }

    @Test
    void aHostileLabFileIsShownNotObeyed() throws Exception {
        Path labs = Files.createDirectories(home.resolve("labs"));
        String builtIn = new String(LabCatalog.class.getClassLoader().getResourceAsStream("labs/chapter1.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // every title and instruction of a real lab, with escape sequences added
        String hostile = builtIn.replaceAll("\"(title|intro|task)\": \"", "\"$1\": \"\\\\u001b]0;pwned\\\\u0007\\\\u001b[2J");
        assertThat(hostile).isNotEqualTo(builtIn);
        Files.writeString(labs.resolve("chapter1.json"), hostile);
        LabCatalog catalog = LabCatalog.loadFolder(labs, Set.of("chapter1"));
        assertThat(catalog.labs()).isNotEmpty();
        String all = catalog.labs().toString();
        assertThat(CONTROL.matcher(all).find()).isFalse();
        assertThat(all).contains("^[]0;pwned^G^[[2J");
        Cli.Run r = new Cli(home).run("check", "--labs", labs.toString());
        assertSafe(r.out());
        assertSafe(r.err());
    }

    static void assertSafe(String output) {
        String rest = OWN.matcher(output).replaceAll("");
        java.util.regex.Matcher m = CONTROL.matcher(rest);
        if (m.find()) {
            int at = m.start();
            throw new AssertionError("control character U+" + String.format("%04X", (int) rest.charAt(at)) + " reaches the terminal near: "
                    + rest.substring(Math.max(0, at - 40), Math.min(rest.length(), at + 20)).replace(ESC, "<ESC>"));
        }
    }
}
