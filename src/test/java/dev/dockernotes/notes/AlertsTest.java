package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.content.Problem;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GitHub alerts are read as GitHub reads them: what is an alert, and what stays a plain quote. */
class AlertsTest {
    private static Node first(String markdown) {
        return Markdown.parse(markdown).getFirstChild();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "note", "Warning"})
    void theFiveKindsInAnyCaseAreAlerts(String word) {
        Node n = first("> [!" + word + "]\n> Some text.\n");
        assertThat(n).isInstanceOf(Alert.class);
        Alert alert = (Alert) n;
        assertThat(alert.kind().name()).isEqualTo(word.toUpperCase(java.util.Locale.ROOT));
        assertThat(Markdown.text(alert)).as("the marker is not content").isEqualTo("Some text.");
        assertThat(alert.isCorrection()).isFalse();
        assertThat(alert.label()).isEqualTo(alert.kind().label());
    }

    @Test
    void aHardBreakAfterTheMarkerIsFineToo() {
        assertThat(first("> [!TIP]  \n> Use a volume.\n")).isInstanceOf(Alert.class);
    }

    @Test
    void contentInLaterParagraphsIsKept() {
        Alert alert = (Alert) first("> [!IMPORTANT]\n>\n> First.\n>\n> Second.\n");
        assertThat(Markdown.text(alert)).isEqualTo("First. Second.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "> [!NOTE] on the same line\n> more\n",   // marker not alone on its line
        "> [!NOTES]\n> unknown kind\n",            // a kind GitHub does not know
        "> [!NOTE]\n",                             // nothing after the marker
        "> Text first\n> [!NOTE]\n",               // marker not on the first line
        "> [NOTE]\n> no bang\n"})
    void otherQuotesStayPlainQuotesWithTheirText(String markdown) {
        Node n = first(markdown);
        assertThat(n).isInstanceOf(BlockQuote.class);
        assertThat(Markdown.text(n)).contains("NOTE");
    }

    @Test
    void onlyQuotesAtTheTopLevelAreAlertsAsOnGitHub() {
        Node list = first("- item\n\n  > [!NOTE]\n  > inside a list item\n");
        assertThat(list.getFirstChild().getLastChild()).isInstanceOf(BlockQuote.class);
    }

    @Test
    void aCorrectionStartsWithTheBoldLabelAndEndsWithItsSource() {
        Alert alert = (Alert) first("""
            > [!WARNING]
            > **Correction:** 2376 is the TLS port.
            > Source: Docker docs, "Protect the Docker daemon socket"
            """);
        assertThat(alert.isCorrection()).isTrue();
        assertThat(alert.label()).isEqualTo("Correction");
        assertThat(alert.source()).isEqualTo("Docker docs, \"Protect the Docker daemon socket\"");
        assertThat(alert.sourceParagraph()).isPresent();
        assertThat(Markdown.text(alert.getFirstChild())).isEqualTo("Correction: 2376 is the TLS port.");
    }

    @Test
    void aSourceInAParagraphOfItsOwnCountsToo() {
        Alert alert = (Alert) first("> [!NOTE]\n> **Correction**: fact.\n>\n> Source: `docker container stop --help`\n");
        assertThat(alert.isCorrection()).isTrue();
        assertThat(alert.source()).isEqualTo("docker container stop --help");
    }

    @Test
    void anAlertWithoutTheLabelIsAnOrdinaryNoteEvenWithASource() {
        Alert alert = (Alert) first("> [!NOTE]\n> Remember this.\n> Source: my teacher\n");
        assertThat(alert.isCorrection()).isFalse();
        assertThat(alert.label()).isEqualTo("Note");
    }

    @Test
    void theGraphKeepsCorrectionsWithTheirTopicAndTheStatementBeforeThem() {
        TopicGraph graph = GraphBuilder.build(List.of(new NoteFile("notes/n.md", "n", """
            # Notes

            ## Ports

            Default port: 2375.

            > [!WARNING]
            > **Correction:** 2376 is the TLS port.
            > Source: Docker docs, "Protect the Docker daemon socket"

            ## Commands

            - **`docker container ls`** - Lists containers.

            - **`docker container stop`** - Always exits with 0.

            > [!WARNING]
            > **Correction:** the exit code is the process's.
            > Source: `docker container stop --help`

            > [!NOTE]
            > A note of my own.
            """)));
        Topic ports = graph.topic("ports").orElseThrow();
        assertThat(ports.corrections()).singleElement().satisfies(c -> {
            assertThat(c.statement()).isEqualTo("Default port: 2375.");
            assertThat(c.statementLine()).isEqualTo(5);
            assertThat(c.line()).isEqualTo(7);
            assertThat(c.file()).isEqualTo("notes/n.md");
            assertThat(c.kind()).isEqualTo(Alert.Kind.WARNING);
            assertThat(c.text()).isEqualTo("2376 is the TLS port.");
            assertThat(c.source()).isEqualTo("Docker docs, \"Protect the Docker daemon socket\"");
        });
        Topic commands = graph.topic("commands").orElseThrow();
        assertThat(commands.corrections()).as("the ordinary note is no correction").singleElement()
                .satisfies(c -> assertThat(c.statement()).as("after a loose list: its last item")
                        .isEqualTo("docker container stop - Always exits with 0."));
        assertThat(graph.isCorrected(commands, "docker container stop - Always exits with 0.")).isTrue();
        assertThat(graph.isCorrected(commands, "docker container ls - Lists containers.")).isFalse();
        assertThat(graph.corrections()).hasSize(2);
        assertThat(graph.corrections(commands)).hasSize(1);
        assertThat(graph.problems()).isEmpty();
        assertThat(ports.text()).as("the topic's text is the user's words").doesNotContain("2376");
        assertThat(graph.search().search("TLS port", 1)).as("search finds the corrected fact")
                .extracting(h -> h.topic().id()).containsExactly("ports");
    }

    @Test
    void checkWantsASourceForEachCorrectionAndPointsOutUnknownKinds() {
        TopicGraph graph = GraphBuilder.build(List.of(new NoteFile("notes/n.md", "n", """
            # Notes

            Text.

            > [!WARNING]
            > **Correction:** no source given.

            > [!WARN]
            > a typo in the kind
            """)));
        assertThat(graph.problems()).extracting(Problem::toString).containsExactly(
                "notes/n.md:5: correction without a source: end it with a line 'Source: ...' (a 'docker ... --help' line or a page of Docker's docs)",
                "notes/n.md:8: unknown alert kind '[!WARN]' (GitHub knows NOTE, TIP, IMPORTANT, WARNING, CAUTION): it shows as a plain quote");
    }
}
