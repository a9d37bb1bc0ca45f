package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockernotes.content.Problem;
import dev.dockernotes.errors.DockernotesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph from small fixture folders: nothing here is specific to the Docker notes. */
class GraphBuilderTest {

    @Test
    void eachFileIsAChapterAndHeadingsNest() {
        TopicGraph g = Fixtures.load("small");
        assertThat(g.chapters()).extracting(Topic::title).containsExactly("Basics", "Advanced");
        Topic setup = g.topic("setup").orElseThrow();
        assertThat(setup.parent().id()).isEqualTo("basics");
        assertThat(setup.children()).extracting(Topic::id).containsExactly("deep-setup");
        assertThat(g.topic("deep-setup").orElseThrow().depth()).isEqualTo(2);
        assertThat(g.topic("gadgets").orElseThrow().chapterKey()).isEqualTo("chapter2");
    }

    @Test
    void linksWithinAndAcrossFilesBecomeEdges() {
        TopicGraph g = Fixtures.load("small");
        Topic widgets = g.topic("widgets").orElseThrow();
        assertThat(g.edgesFrom(widgets)).filteredOn(e -> e.kind() == Edge.Kind.LINK)
                .extracting(e -> e.to().id()).containsExactly("gadgets", "setup");
        assertThat(g.edgesFrom(widgets).get(0).line()).isEqualTo(7);
    }

    @Test
    void mentionsOfAnotherTopicsTermRelateTheTopics() {
        TopicGraph g = Fixtures.load("small");
        // "Tuning" names "widgets", the heading of another chapter's section.
        assertThat(g.edgesFrom(g.topic("tuning").orElseThrow())).filteredOn(e -> e.kind() == Edge.Kind.MENTION)
                .extracting(e -> e.to().id()).contains("widgets");
        // a bold glossary term ("Gadget") is owned by its section; Deep Setup names it.
        assertThat(g.related(g.topic("deep-setup").orElseThrow())).extracting(Topic::id).contains("gadgets");
    }

    @Test
    void commandsComeFromShellCodeBlocksAndInlineCodeWithoutComments() {
        TopicGraph g = Fixtures.load("small");
        assertThat(g.commandUses()).extracting(CommandUse::text).containsExactly(
                "docker container stop web", "sudo systemctl restart docker", "docker run -d --name web nginx", "docker stop");
        assertThat(g.commandUses().get(1).line()).isEqualTo(11);
        assertThat(g.commandUses().get(0).inCodeBlock()).isTrue();
        assertThat(g.commandUses().get(2).inCodeBlock()).isFalse();
    }

    @Test
    void oneFileWithSeveralTopHeadingsUnderATitleHoldsSeveralChapters() {
        TopicGraph g = Fixtures.load("single");
        assertThat(g.chapters()).extracting(Topic::id).containsExactly("part-one", "part-two");
        assertThat(g.topic("alpha").orElseThrow().parent().id()).isEqualTo("part-one");
        assertThat(g.related(g.topic("part-two").orElseThrow())).extracting(Topic::id).contains("alpha");
        assertThat(g.problems()).isEmpty();
    }

    @Test
    void problemsCarryFileAndLine() {
        var result = NotesLoader.loadFolder(Fixtures.folder("broken"));
        List<String> problems = result.graph().problems().stream().map(Problem::toString).toList();
        String dir = Fixtures.folder("broken").toString();
        assertThat(problems).contains(
                dir + "/notes.md:5: broken link to '#nowhere': no heading with anchor '#nowhere'",
                dir + "/notes.md:5: broken link to 'other.md#x': no such notes file",
                dir + "/notes.md:7: empty section 'Empty'",
                dir + "/notes.md:13: duplicate heading 'Twice' (also at line 9): links to #twice reach only the first",
                dir + "/latin1.md:3: not UTF-8 text; skipped",
                dir + "/image.md: binary file, not Markdown text; skipped");
        // the bad files are skipped, the good one still loads
        assertThat(result.graph().chapters()).extracting(Topic::title).containsExactly("Broken", "Good");
        assertThat(result.warnings()).hasSize(2);
    }

    @Test
    void aFileWithoutOneTopHeadingIsAChapterNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("getting-started.md"), "Some words.\n\n## One\n\nx\n\n## Two\n\ny\n");
        Files.writeString(dir.resolve("other.md"), "# Other\n\ntext\n");
        TopicGraph g = NotesLoader.loadFolder(dir).graph();
        assertThat(g.chapters()).extracting(Topic::title).containsExactly("Getting started", "Other");
        assertThat(g.chapters().get(0).children()).extracting(Topic::id).containsExactly("one", "two");
        assertThat(g.chapters().get(0).body()).isEqualTo("Some words.\n");
    }

    @Test
    void filesSortNaturallySoChapterTenComesAfterNine(@TempDir Path dir) throws IOException {
        for (int i : new int[] {10, 9, 1}) {
            Files.writeString(dir.resolve("ch" + i + ".md"), "# Part " + i + "\n\ntext\n");
        }
        assertThat(NotesLoader.loadFolder(dir).graph().chapters()).extracting(Topic::title)
                .containsExactly("Part 1", "Part 9", "Part 10");
    }

    @Test
    void missingAndEmptyFoldersAreClearErrors(@TempDir Path dir) {
        assertThatThrownBy(() -> NotesLoader.loadFolder(dir.resolve("nope")))
                .isInstanceOf(DockernotesException.class).hasMessage("notes folder '" + dir.resolve("nope") + "' does not exist");
        assertThatThrownBy(() -> NotesLoader.loadFolder(dir))
                .isInstanceOf(DockernotesException.class).hasMessage("notes folder '" + dir + "' holds no Markdown files (*.md)");
    }

    @Test
    void headingsInsideCodeBlocksAreNotTopics(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\n## Real\n\n```bash\n# a comment, not a heading\necho hi\n```\n");
        TopicGraph g = NotesLoader.loadFolder(dir).graph();
        assertThat(g.ids()).containsExactly("a", "real");
    }

    @Test
    void yamlFrontMatterIsNotAHeading(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("post.md"), "---\ntitle: A post\nlayout: default\n---\n\n# Real Title\n\n## Part\n\ntext\n");
        TopicGraph g = NotesLoader.loadFolder(dir).graph();
        assertThat(g.chapters()).extracting(Topic::title).containsExactly("Real Title");
        assertThat(g.topic("part").orElseThrow().line()).isEqualTo(8);
        assertThat(g.problems()).isEmpty();
    }
}
