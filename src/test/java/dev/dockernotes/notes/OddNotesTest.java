package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.render.MarkdownRenderer;
import dev.dockernotes.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes files that are odd but not wrong: old Mac line endings, huge tables, huge words. */
class OddNotesTest {
    @TempDir
    Path notes;

    @Test
    void crOnlyLineEndingsReadLikeLf() throws Exception {
        Files.writeString(notes.resolve("mac.md"), "# Old Mac\r\rIntro words.\r\r## Volumes\r\rVolumes keep data.\r");
        Files.writeString(notes.resolve("win.md"), "# Windows\r\n\r\n## Ports\r\n\r\nPorts map.\r\n");
        NotesLoader.Result r = NotesLoader.loadFolder(notes);
        TopicGraph g = r.graph();
        assertThat(g.chapters()).extracting(Topic::title).containsExactly("Old Mac", "Windows");
        Topic volumes = g.findTopic("volumes").orElseThrow();
        assertThat(volumes.body()).isEqualTo("Volumes keep data.\n");
        assertThat(volumes.line()).isEqualTo(5);
        assertThat(g.chapters().get(0).body()).isEqualTo("Intro words.\n");
        assertThat(g.problems()).isEmpty();
        assertThat(g.findTopic("ports").orElseThrow().body()).isEqualTo("Ports map.\n");
    }

    @Test
    void aFileTooLargeForTheTableParserIsSkippedWithItsLine() throws Exception {
        StringBuilder table = new StringBuilder("# Huge\n\n");
        String row = "|" + "x|".repeat(20_000) + "\n";
        table.append(row).append("|" + "-|".repeat(20_000) + "\n");
        for (int i = 0; i < 51; i++) {
            table.append(row);
        }
        Files.writeString(notes.resolve("a-huge.md"), table);
        Files.writeString(notes.resolve("b-fine.md"), "# Fine\n\nStill here.\n");
        NotesLoader.Result r = NotesLoader.loadFolder(notes);
        assertThat(r.graph().chapters()).extracting(Topic::title).containsExactly("Fine");
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0).toString()).startsWith(notes.resolve("a-huge.md") + ":")
                .contains("cannot be parsed as Markdown (a table of more than 1000000 cells); skipped");
        assertThat(r.warnings().get(0).line()).isBetween(50, 54);
        assertThat(r.graph().problems()).containsAll(r.warnings());
    }

    @Test
    void aTenMegabyteWordRendersWhole() {
        String word = "a".repeat(10 * 1024 * 1024);
        String out = new MarkdownRenderer(RenderOptions.plain(80)).render("# Long\n\n" + word + "\n");
        String[] lines = out.split("\n");
        assertThat(lines.length).isEqualTo(3 + (word.length() + 79) / 80);
        assertThat(lines[3]).isEqualTo("a".repeat(80));
        assertThat(out.chars().filter(c -> c == 'a').count()).isEqualTo(word.length());
    }

    @Test
    void aLargeNoteOfManyWordsLoadsAndSearches() throws Exception {
        Files.writeString(notes.resolve("big.md"), "# Big\n\n" + "lorem ipsum dolor volumes sit amet\n".repeat(100_000));
        TopicGraph g = NotesLoader.loadFolder(notes).graph();
        assertThat(g.chapters().get(0).markdown()).hasSize("# Big\n\n".length() + 35 * 100_000);
        assertThat(g.search().search("volumes", 5)).hasSize(1);
    }
}
