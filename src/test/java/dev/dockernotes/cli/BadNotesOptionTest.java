package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --notes given badly, and notes folders with a file that cannot be read as Markdown. */
class BadNotesOptionTest {
    @TempDir
    Path home;
    @TempDir
    Path notes;

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void anEmptyNotesFolderNameIsAUsageErrorInOneLine(String name) {
        Cli.Run before = new Cli(home).run("--notes", name, "chapters");
        Cli.Run after = new Cli(home).run("chapters", "--notes", name);
        for (Cli.Run r : new Cli.Run[] {before, after}) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("dockernotes: --notes needs a folder of Markdown notes, not an empty name\n");
        }
    }

    @Test
    void checkReportsAFileThatCannotBeParsedAndTheRestStillLoads() throws Exception {
        StringBuilder table = new StringBuilder("# Huge\n\n|" + "x|".repeat(20_000) + "\n|" + "-|".repeat(20_000) + "\n");
        for (int i = 0; i < 51; i++) {
            table.append("|").append("x|".repeat(20_000)).append("\n");
        }
        Files.writeString(notes.resolve("a.md"), table);
        Files.writeString(notes.resolve("b.md"), "# Fine\n\nStill here.\n");
        Cli.Run chapters = new Cli(home).run("--notes", notes.toString(), "chapters");
        assertThat(chapters.exitCode()).isZero();
        assertThat(chapters.out()).isEqualTo("chapter1  Fine  (0 sections)\n");
        assertThat(chapters.err()).matches("dockernotes: warning: " + java.util.regex.Pattern.quote(notes.resolve("a.md").toString())
                + ":5\\d: cannot be parsed as Markdown \\(a table of more than 1000000 cells\\); skipped\n");
        Cli.Run check = new Cli(home).run("--notes", notes.toString(), "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains(notes.resolve("a.md") + ":5").contains("cannot be parsed as Markdown");
    }
}
