package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.docker.CommandNamer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in notes: chapters, ids as the original table of contents has them, edges, commands. */
class BuiltInNotesTest {
    private final TopicGraph graph = Fixtures.builtIn();

    @Test
    void threeChaptersInOrderWithTheirSections() {
        assertThat(graph.chapters()).extracting(Topic::chapterKey, Topic::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chapter1", "Chapter 1: Docker Fundamentals"),
                org.assertj.core.groups.Tuple.tuple("chapter2", "Chapter 2: Docker Engine Architecture"),
                org.assertj.core.groups.Tuple.tuple("chapter3", "Chapter 3: Images and Containers"));
        assertThat(graph.topic("the-shim").orElseThrow().children()).extracting(Topic::id)
                .containsExactly("shim-responsibilities");
    }

    @Test
    void everyAnchorOfTheOriginalTableOfContentsResolvesToATopic() throws IOException {
        String toc;
        try (InputStream in = getClass().getResourceAsStream("/seed-toc.md")) {
            toc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(toc);
        int anchors = 0;
        while (m.find()) {
            anchors++;
            assertThat(graph.topic(m.group(1))).as("anchor #%s", m.group(1)).isPresent();
        }
        assertThat(anchors).isEqualTo(20);
    }

    @Test
    void containerCommandsReferenceBelongsToChapterThree() {
        Topic reference = graph.topic("container-commands-reference").orElseThrow();
        assertThat(reference.chapter().chapterKey()).isEqualTo("chapter3");
        assertThat(reference.parent().id()).isEqualTo("chapter-3-images-and-containers");
    }

    @Test
    void topicsKnowTheirFileAndLine() {
        Topic runc = graph.topic("runc").orElseThrow();
        assertThat(runc.file()).isEqualTo("notes/chapter2.md");
        assertThat(runc.line()).isEqualTo(20);
        assertThat(runc.body()).startsWith("As previously mentioned, runc is the reference implementation");
        assertThat(runc.markdown()).startsWith("### runc\n");
    }

    @Test
    void readingOrderRunsAcrossChapters() {
        Topic lastOfChapterOne = graph.topic("common-commands").orElseThrow();
        assertThat(graph.next(lastOfChapterOne)).map(Topic::id).hasValue("chapter-2-docker-engine-architecture");
        assertThat(graph.previous(graph.topic("runc").orElseThrow())).map(Topic::id).hasValue("components-of-docker-engine");
    }

    @Test
    void sectionsThatNameAnotherTopicsTermAreRelatedToIt() {
        Topic creation = graph.topic("container-creation-process").orElseThrow();
        assertThat(graph.related(creation)).extracting(Topic::id).contains("containerd", "runc");
        // and the other way round: runc's related topics include those that name it
        assertThat(graph.related(graph.topic("runc").orElseThrow())).extracting(Topic::id)
                .contains("container-creation-process", "the-shim");
    }

    @Test
    void keyTermsComeFromHeadingsAndBoldText() {
        assertThat(graph.topic("the-shim").orElseThrow().keyTerms()).contains("shim", "daemonless containers");
        assertThat(graph.topic("2-docker-daemon-dockerd").orElseThrow().keyTerms()).contains("docker daemon", "dockerd");
        assertThat(graph.topic("container-commands-reference").orElseThrow().keyTerms())
                .contains("docker container stop", "ctrl-pq");
    }

    @Test
    void commandsTaughtByCodeBlocksAndInlineCode() {
        List<String> reference = graph.commandsTaught(graph.topic("container-commands-reference").orElseThrow(), CommandNamer.SIMPLE);
        assertThat(reference).contains("docker container run", "docker container stop", "docker container exec");
        List<String> secure = graph.commandsTaught(graph.topic("1-create-a-ca-self-signed-certs").orElseThrow(), CommandNamer.SIMPLE);
        assertThat(secure).as("the notes' commands, then those of the corrections beside them")
                .containsExactly("dockerd", "openssl genrsa", "openssl req", "systemctl edit docker",
                        "systemctl daemon-reload", "systemctl restart docker");
        CommandUse curl = graph.commandUses(graph.topic("docker-socket-file").orElseThrow()).get(0);
        assertThat(curl.text()).isEqualTo("sudo curl --unix-socket /var/run/docker.sock http://localhost/version");
        assertThat(curl.program()).isEqualTo("curl");
        assertThat(curl.line()).isEqualTo(33);
    }

    @Test
    void theBuiltInNotesHaveNoProblems() {
        assertThat(graph.problems()).isEmpty();
    }

    @Test
    void chaptersAreFoundByNumberShortNameIdOrTitleWord() {
        for (String name : List.of("chapter2", "2", "ch2", "Chapter-2", "engine", "ENGINE", "chapter-2-docker-engine-architecture", "chapter2.md".replace(".md", ""))) {
            assertThat(graph.findChapter(name)).as(name).map(Topic::chapterKey).hasValue("chapter2");
        }
        assertThat(graph.findChapter("images")).map(Topic::chapterKey).hasValue("chapter3");
        assertThat(graph.findChapter("docker")).as("a word in every title is ambiguous").isEmpty();
        assertThat(graph.findChapter("7")).isEmpty();
    }

    @Test
    void unknownTopicSuggestsTheClosestIds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> graph.resolveTopic("the-shin"))
                .hasMessage("unknown topic 'the-shin'; did you mean 'the-shim'?");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> graph.resolveChapter("chapter9"))
                .hasMessageStartingWith("unknown chapter 'chapter9'; did you mean 'chapter1'");
    }
}
