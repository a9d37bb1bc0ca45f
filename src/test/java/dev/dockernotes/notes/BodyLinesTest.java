package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.BodyLines.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph reads each topic's lines (prose, code, fences, corrections) and glossary items once, with their file lines. */
class BodyLinesTest {
    private static final String NOTES = """
            # Containers

            ## Commands

            - **`docker container stop`** - Will stop a running `-t` seconds
              after a SIGTERM, see [the docs](https://docs.docker.com).
            - **Ctrl-PQ** - Will detach your shell
            - `containerd`: the supervisor
            - just an item, not a definition

            > [!WARNING]
            > **Correction:** Ctrl-PQ is two keys.
            > Source: Docker docs, "docker attach"

            ```bash
            docker ps -a   # all of them
            ```

                docker images

            ~~~
            not closed
            """;

    private final TopicGraph graph = GraphBuilder.build(List.of(new NoteFile("notes/c.md", "c", NOTES)));
    private final Topic commands = graph.topic("commands").orElseThrow();

    @Test
    void eachLineOfTheBodyHasItsFileLineAndKind() {
        List<String> lines = commands.bodyLines().lines().stream().map(l -> l.number() + " " + l.kind() + " " + l.text()).toList();
        assertThat(lines).containsExactly(
                "5 PROSE - **`docker container stop`** - Will stop a running `-t` seconds",
                "6 PROSE   after a SIGTERM, see [the docs](https://docs.docker.com).",
                "7 PROSE - **Ctrl-PQ** - Will detach your shell",
                "8 PROSE - `containerd`: the supervisor",
                "9 PROSE - just an item, not a definition",
                "10 PROSE ",
                "11 CORRECTION > [!WARNING]",
                "12 CORRECTION > **Correction:** Ctrl-PQ is two keys.",
                "13 CORRECTION > Source: Docker docs, \"docker attach\"",
                "14 PROSE ",
                "15 FENCE ```bash",
                "16 CODE docker ps -a   # all of them",
                "17 FENCE ```",
                "18 PROSE ",
                "19 CODE     docker images",
                "20 PROSE ",
                "21 FENCE ~~~",
                "22 CODE not closed");
        assertThat(String.join("\n", commands.bodyLines().lines().stream().map(BodyLines.Line::text).toList()) + "\n")
                .isEqualTo(commands.body());
        assertThat(commands.bodyLines().lines().get(6).own()).isEmpty(); // a correction is not the user's words
    }

    @Test
    void glossaryItemsAreReadOnceWithTheirFormAndLine() {
        assertThat(commands.glossary()).extracting(g -> g.line() + " " + g.term() + " bold=" + g.bold() + " code=" + g.code())
                .containsExactly("5 docker container stop bold=true code=true", "7 Ctrl-PQ bold=true code=false",
                        "8 containerd bold=false code=true");
        GlossaryItem stop = commands.glossary().get(0);
        assertThat(stop.definition()).isEqualTo("Will stop a running -t seconds after a SIGTERM, see the docs.");
        assertThat(stop.markdown()).isEqualTo("Will stop a running `-t` seconds after a SIGTERM, see the docs.");
        assertThat(stop.isBoldCode()).isTrue();
        assertThat(graph.glossary()).hasSize(3).allMatch(g -> g.topic() == commands);
    }

    @Test
    void theGlossaryGivesTheGraphItsKeyTerms() {
        assertThat(commands.keyTerms()).contains("docker container stop", "ctrl-pq", "containerd");
    }
}
