package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.docker.DockerCommandNamer;
import org.junit.jupiter.api.Test;

/**
 * The built-in notes load from the graph the build made (no Markdown parsing), and only when it was
 * made from exactly the notes in the jar; otherwise they are built from the Markdown, as before.
 */
class PrebuiltGraphTest {
    private final Map<String, byte[]> changed = new HashMap<>();

    /** The classpath, with some resources replaced (null: removed). */
    private final NotesLoader.Resources resources = name -> {
        if (changed.containsKey(name)) {
            return changed.get(name);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    };

    @Test
    void theBuildShipsAGraphOfTheBuiltInNotesThatLoadsAsTheMarkdownWould() throws IOException {
        assertThat(resources.read(PrebuiltGraph.RESOURCE)).as("made at process-classes").isNotNull();
        NotesLoader.Result loaded = NotesLoader.loadBuiltIn();
        assertThat(loaded.origin()).isEqualTo(NotesLoader.Origin.PREBUILT);
        NotesLoader.Result fromMarkdown = NotesLoader.readBuiltIn(resources).build();
        fromMarkdown.graph().storeNames(new DockerCommandNamer()); // as the build does
        assertThat(DeepCompare.differences(fromMarkdown.graph(), loaded.graph())).isEmpty();
        assertThat(DeepCompare.differences(fromMarkdown.warnings(), loaded.warnings())).isEmpty();
        assertThat(PrebuiltGraph.codeId()).isPresent();
    }

    @Test
    void theCommandsAreNamedByTheBuildAsTheDockerModelNamesThem() {
        TopicGraph prebuilt = NotesLoader.loadBuiltIn().graph();
        assertThat(prebuilt.storedNames).isNotNull();
        TopicGraph fromMarkdown = NotesLoader.readBuiltIn(resources).build().graph();
        DockerCommandNamer namer = new DockerCommandNamer();
        var stored = prebuilt.commands(namer);
        assertThat(stored).containsKeys("docker container stop", "docker container run");
        // the same names, in the same order, for the same uses (text, line, topic)
        assertThat(DeepCompare.differences(fromMarkdown.commands(namer), stored)).isEmpty();
        // another model's namer names them itself
        CommandNamer words = CommandNamer.SIMPLE;
        assertThat(DeepCompare.differences(fromMarkdown.commands(words), prebuilt.commands(words))).isEmpty();
        assertThat(prebuilt.commands(words).keySet()).isNotEqualTo(stored.keySet());
    }

    @Test
    void theRelatedTopicsStoredByTheBuildAreTheOnesTheNotesGive() {
        TopicGraph prebuilt = NotesLoader.loadBuiltIn().graph();
        assertThat(prebuilt.storedRelated).hasSameSizeAs(prebuilt.topics());
        TopicGraph fromMarkdown = NotesLoader.readBuiltIn(resources).build().graph();
        assertThat(fromMarkdown.storedRelated).as("nothing stored: found from the texts").isNull();
        DockerCommandNamer namer = new DockerCommandNamer();
        int withAny = 0;
        for (int i = 0; i < prebuilt.topics().size(); i++) {
            Topic stored = prebuilt.topics().get(i);
            Topic found = fromMarkdown.topics().get(i);
            assertThat(ids(prebuilt.related(stored, namer))).as(stored.id()).isEqualTo(ids(fromMarkdown.related(found, namer)));
            assertThat(ids(prebuilt.related(stored))).as(stored.id()).isEqualTo(ids(fromMarkdown.related(found)));
            withAny += prebuilt.related(stored, namer).isEmpty() ? 0 : 1;
        }
        assertThat(withAny).as("topics with related topics").isGreaterThan(10);
        // another namer's evidence is not what was stored: found from the texts
        assertThat(prebuilt.related(prebuilt.topic("the-shim").orElseThrow(), CommandNamer.SIMPLE))
                .isEqualTo(fromMarkdown.related(fromMarkdown.topic("the-shim").orElseThrow(), CommandNamer.SIMPLE).stream()
                        .map(t -> prebuilt.topic(t.id()).orElseThrow()).toList());
    }

    private static java.util.List<String> ids(java.util.List<Topic> topics) {
        return topics.stream().map(Topic::id).toList();
    }

    @Test
    void withoutThePrebuiltGraphTheNotesAreBuiltFromMarkdown() {
        changed.put(PrebuiltGraph.RESOURCE, null);
        NotesLoader.Result loaded = NotesLoader.loadBuiltIn(resources);
        assertThat(loaded.origin()).isEqualTo(NotesLoader.Origin.MARKDOWN);
        assertThat(loaded.graph().storedNames).isNull();
        loaded.graph().storeNames(new DockerCommandNamer());
        assertThat(DeepCompare.differences(NotesLoader.loadBuiltIn().graph(), loaded.graph())).isEmpty();
    }

    @Test
    void aGraphOfOtherNotesIsNeverUsed() throws IOException {
        // the jar's notes changed after the graph was made (a build step skipped): the notes win
        String name = NotesLoader.RESOURCE_DIR + NotesLoader.builtInNames().get(0);
        String edited = new String(resources.read(name), StandardCharsets.UTF_8)
                .replaceFirst("\n### ", "\n### A Section Added Later\n\nNew words.\n\n### ");
        changed.put(name, edited.getBytes(StandardCharsets.UTF_8));
        NotesLoader.Result loaded = NotesLoader.loadBuiltIn(resources);
        assertThat(loaded.origin()).isEqualTo(NotesLoader.Origin.MARKDOWN);
        assertThat(loaded.graph().topic("a-section-added-later")).isPresent();

        // one byte changed, same length
        changed.clear();
        byte[] bytes = resources.read(name).clone();
        bytes[bytes.length / 2] = (byte) (bytes[bytes.length / 2] == 'x' ? 'y' : 'x');
        changed.put(name, bytes);
        assertThat(NotesLoader.loadBuiltIn(resources).origin()).isEqualTo(NotesLoader.Origin.MARKDOWN);
    }

    @Test
    void aTruncatedOrForeignPrebuiltGraphIsIgnored() throws IOException {
        byte[] graph = resources.read(PrebuiltGraph.RESOURCE);
        changed.put(PrebuiltGraph.RESOURCE, Arrays.copyOf(graph, graph.length - 9));
        assertThat(NotesLoader.loadBuiltIn(resources).origin()).isEqualTo(NotesLoader.Origin.MARKDOWN);

        NotesLoader.Read small = NotesLoader.readFolder(Fixtures.folder("small"));
        changed.put(PrebuiltGraph.RESOURCE, GraphCodecTest.write(small, small.build()));
        NotesLoader.Result loaded = NotesLoader.loadBuiltIn(resources);
        assertThat(loaded.origin()).isEqualTo(NotesLoader.Origin.MARKDOWN);
        assertThat(loaded.graph().chapters()).hasSameSizeAs(NotesLoader.loadBuiltIn().graph().chapters());

        changed.put(PrebuiltGraph.RESOURCE, "not a graph".getBytes(StandardCharsets.UTF_8));
        assertThat(NotesLoader.loadBuiltIn(resources).origin()).isEqualTo(NotesLoader.Origin.MARKDOWN);
    }
}
