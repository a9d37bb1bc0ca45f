package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related topics: ranked by the evidence the notes give, at most five, nothing on a passing word. */
class RelatedTopicsTest {
    private final TopicGraph builtIn = Fixtures.builtIn();

    @Test
    void theOneSentenceContainerdSectionListsOnlyTheSectionsThatDiscussIt() {
        assertThat(ids(builtIn, "containerd"))
                .hasSizeLessThanOrEqualTo(RelatedTopics.LIMIT)
                .startsWith("docker-socket-file") // names containerd twice, in the same chapter
                .contains("container-creation-process")
                // one passing mention in another chapter is not evidence
                .doesNotContain("container-lifecycle", "what-about-kubernetes");
    }

    @Test
    void dockersComponentsAreRelatedToTheComponentsNotToImages() {
        assertThat(ids(builtIn, "components-of-docker-engine"))
                .contains("2-docker-daemon-dockerd", "runc", "containerd")
                .doesNotContain("images");
    }

    @Test
    void noTopicOfTheBuiltInNotesListsMoreThanFive() {
        for (Topic t : builtIn.topics()) {
            assertThat(builtIn.related(t)).as(t.id()).hasSizeLessThanOrEqualTo(5)
                    .doesNotContain(t).noneMatch(r -> t.children().contains(r));
            if (t.parent() != null) {
                assertThat(builtIn.related(t)).as(t.id()).doesNotContain(t.parent());
            }
        }
    }

    @Test
    void aLinkOutranksMentionsAndThePassingMentionIsLeftOut(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), """
                # One

                ## Start

                Start talks about pumps, pumps and pumps, once about valves, and see [filters](b.md#filters).

                ## Pumps

                Pumps push water.
                """);
        Files.writeString(dir.resolve("b.md"), """
                # Two

                ## Filters

                Filters clean water.

                ## Valves

                Valves hold water back.
                """);
        TopicGraph g = NotesLoader.loadFolder(dir).graph();
        // filters: a link (another chapter); pumps: named three times (same chapter); valves: once, elsewhere
        assertThat(ids(g, "start")).containsExactly("filters", "pumps");
        // and the other way round: what names a topic is related to it
        assertThat(ids(g, "pumps")).containsExactly("start");
    }

    @Test
    void moreThanFiveCandidatesAreCutToTheStrongestFive(@TempDir Path dir) throws IOException {
        StringBuilder md = new StringBuilder("# Hub\n\n## Hub\n\n");
        String[] names = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"};
        for (int i = 0; i < names.length; i++) {
            // alpha named once, bravo twice, ... golf seven times (counted up to three)
            md.append(("" + names[i] + " ").repeat(i + 1)).append(".\n\n");
        }
        for (String n : names) {
            md.append("## ").append(n).append("\n\n").append(n).append(" is a word.\n\n");
        }
        Files.writeString(dir.resolve("hub.md"), md.toString());
        TopicGraph g = NotesLoader.loadFolder(dir).graph();
        assertThat(ids(g, "hub-1").size()).isEqualTo(5);
        assertThat(ids(g, "hub-1")).doesNotContain("alpha");
    }

    private static java.util.List<String> ids(TopicGraph g, String id) {
        return g.related(g.topic(id).orElseThrow()).stream().map(Topic::id).toList();
    }
}
