package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored graph reads back as the very graph built from the Markdown: every topic and each of its
 * fields, every edge, correction, command use, problem and warning, compared field by field (so a
 * field added to the graph and not stored fails here).
 */
class GraphCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"small", "single", "broken", "dockerlines"})
    void aFixtureFolderRoundTrips(String fixture) throws IOException {
        assertRoundTrips(NotesLoader.readFolder(Fixtures.folder(fixture)), NotesLoader.readFolder(Fixtures.folder(fixture)));
    }

    @Test
    void theBuiltInNotesRoundTrip() throws IOException {
        NotesLoader.Resources classpath = name -> {
            try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
                return in == null ? null : in.readAllBytes();
            }
        };
        NotesLoader.Read read = NotesLoader.readBuiltIn(classpath);
        NotesLoader.Result built = assertRoundTrips(read, NotesLoader.readBuiltIn(classpath), true);
        // the built-in notes use every kind of thing the graph holds, so none of them goes unchecked
        assertThat(built.graph().edges()).extracting(Edge::kind).contains(Edge.Kind.MENTION); // links: the fixtures
        assertThat(built.graph().corrections()).isNotEmpty();
        assertThat(built.graph().commandUses()).extracting(CommandUse::inCodeBlock).contains(true, false);
        assertThat(built.graph().topics()).anyMatch(t -> t.children().size() > 1 && !t.keyTerms().isEmpty());
    }

    @Test
    void oddNotesRoundTrip(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-intro.md"), """
                ---
                title: front matter
                ---
                # Intro\r
                \r
                Some **Widget** text with \u001b[31mescapes\u001b[0m and `docker ps -a` inline.\r
                """);
        Files.writeString(dir.resolve("b-more.md"), """
                # More

                ## Duplicate

                - **term** - a definition, see [intro](a-intro.md#intro) and [nowhere](#nope)

                ## Duplicate

                ```sh
                $ docker run -d \\
                    --name web nginx  # a comment
                sudo systemctl restart docker
                ```

                > [!WARNING]
                > **Correction:** it is not so.
                >
                > Source: `docker run --help`

                > [!WEIRD]
                > not a kind

                ### Deeper ünïcødé 日本語 🐳

                text
                """);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c-empty.md"), "# Empty\n");
        Files.write(dir.resolve("d-binary.md"), new byte[] {1, 0, 2});
        Files.write(dir.resolve("e-latin1.md"), "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        NotesLoader.Result built = assertRoundTrips(NotesLoader.readFolder(dir), NotesLoader.readFolder(dir));
        assertThat(built.warnings()).hasSize(2);
        assertThat(built.graph().problems()).extracting(Problem::message).anyMatch(m -> m.contains("duplicate heading"));
    }

    @Test
    void theComparisonSeesADifferentLineKeyTermOrEdge() throws IOException {
        NotesLoader.Read read = NotesLoader.readFolder(Fixtures.folder("small"));
        TopicGraph a = read.build().graph();
        TopicGraph b = NotesLoader.readFolder(Fixtures.folder("small")).build().graph();
        assertThat(DeepCompare.differences(a, b)).isEmpty();

        b.topics().get(2).lastLine++;
        assertThat(DeepCompare.differences(a, b)).singleElement().asString().endsWith(".lastLine: 17 vs 18");
        b.topics().get(2).lastLine--;
        b.topics().get(1).keyTerms = java.util.Set.of("something else");
        assertThat(DeepCompare.differences(a, b)).isNotEmpty().allMatch(d -> d.contains("keyTerms"));
        b.topics().get(1).keyTerms = a.topics().get(1).keyTerms;
        TopicGraph otherEdge = new TopicGraph(b.files(), b.chapters(), b.topics(),
                List.of(new Edge(b.topics().get(0), b.topics().get(1), Edge.Kind.LINK, 1)), b.commandUses(), b.problems());
        assertThat(DeepCompare.differences(a, otherEdge)).isNotEmpty().allMatch(d -> d.startsWith(".edges"));
    }

    @Test
    void aTruncatedOrFlippedFileReadsAsNothing() throws IOException {
        NotesLoader.Read read = NotesLoader.readFolder(Fixtures.folder("small"));
        byte[] bytes = write(read, read.build());
        for (int cut : new int[] {0, 3, bytes.length / 2, bytes.length - 1}) {
            assertThat(read(Arrays.copyOf(bytes, cut), read)).as("cut at %d", cut).isEmpty();
        }
        for (int at = 0; at < bytes.length; at += Math.max(1, bytes.length / 97)) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x40;
            assertThat(read(flipped, read)).as("byte %d flipped", at).isEmpty();
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(read(longer, read)).isEmpty();
        assertThat(read(bytes, read)).isPresent();
    }

    @Test
    void aFileOfOtherCodeOrOtherNotesIsNotRead() throws IOException {
        NotesLoader.Read small = NotesLoader.readFolder(Fixtures.folder("small"));
        byte[] bytes = write(small, small.build());
        assertThat(GraphFile.read(new ByteArrayInputStream(bytes), bytes.length, "other-code", small.key(), small.files(),
                NotesLoader.Origin.CACHE)).isEmpty();
        NotesLoader.Read single = NotesLoader.readFolder(Fixtures.folder("single"));
        assertThat(read(bytes, single)).isEmpty();
    }

    private static NotesLoader.Result assertRoundTrips(NotesLoader.Read read, NotesLoader.Read again) throws IOException {
        return assertRoundTrips(read, again, false);
    }

    private static NotesLoader.Result assertRoundTrips(NotesLoader.Read read, NotesLoader.Read again, boolean named)
            throws IOException {
        NotesLoader.Result built = read.build();
        if (named) {
            built.graph().storeNames(new dev.dockernotes.docker.DockerCommandNamer());
        }
        // read from files read again: equal text in other objects, as in another run
        NotesLoader.Result decoded = read(write(read, built), again).orElseThrow();
        assertThat(DeepCompare.differences(built.graph(), decoded.graph())).isEmpty();
        assertThat(DeepCompare.differences(built.warnings(), decoded.warnings())).isEmpty();
        for (Topic t : built.graph().topics()) {
            Topic d = decoded.graph().topic(t.id()).orElseThrow();
            assertThat(d.markdown()).isEqualTo(t.markdown());
            assertThat(d.body()).isEqualTo(t.body());
        }
        return built;
    }

    static byte[] write(NotesLoader.Read read, NotesLoader.Result built) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphFile.write(out, "test-code", read.key(), built);
        return out.toByteArray();
    }

    private static java.util.Optional<NotesLoader.Result> read(byte[] bytes, NotesLoader.Read read) {
        return GraphFile.read(new ByteArrayInputStream(bytes), bytes.length, "test-code", read.key(), read.files(),
                NotesLoader.Origin.CACHE);
    }
}
