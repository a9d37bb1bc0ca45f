package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.progress.ProgressStore;
import dev.dockernotes.progress.ReadOnlyFolder;
import dev.dockernotes.repl.Shell;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the learner is told about their progress file comes with what was loaded and is said by the
 * command (or shell) that loaded it: once, in one-shot runs and in the shell, and the file is kept.
 */
class ProgressNoticesTest {
    private static final Pattern KEPT = Pattern.compile("kept it as (\\S+) and started fresh");

    @TempDir
    Path home;

    private Path corrupt() throws Exception {
        return Files.writeString(home.resolve("progress.json"), "{\"version\": 1, \"read\": [");
    }

    /** The one corrupt-file notice in {@code said}, checked to name the file that holds the learner's bytes. */
    private void saidOnceAndKept(String said) throws Exception {
        assertThat(said).containsOnlyOnce("dockernotes: progress file was corrupt");
        Matcher m = KEPT.matcher(said);
        assertThat(m.find()).as(said).isTrue();
        assertThat(Files.readString(Path.of(m.group(1)))).as("the learner's file, kept aside").isEqualTo("{\"version\": 1, \"read\": [");
    }

    @Test
    void oneShotProgressSaysItOnceInOneLine() throws Exception {
        corrupt();
        Cli.Run r = new Cli(home).run("progress");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err().lines()).singleElement().asString().startsWith("dockernotes: progress file was corrupt (not valid JSON");
        saidOnceAndKept(r.err());
        assertThat(r.out()).contains("0/8");
    }

    @Test
    void aQuizThatRecordsAnswersSaysItOnceAndSavesTheAnswers() throws Exception {
        corrupt();
        Cli.Run r = new Cli(home).stdin("x\ny\n").run("quiz", "chapter1", "--count", "2", "--seed", "1");
        assertThat(r.exitCode()).isZero();
        saidOnceAndKept(r.err());
        assertThat(new ProgressStore(home).load().progress().quizRecords()).hasSize(2);
    }

    @Test
    void aPipedShellSaysItOnceOverManyCommands() throws Exception {
        corrupt();
        Cli.Run r = new Cli(home).stdin("progress\nlearn chapter1\nprogress\nquiz chapter1 --count 1 --seed 2\nx\nexit\n").run("shell");
        assertThat(r.exitCode()).isZero();
        saidOnceAndKept(r.err());
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void theShellOnATerminalSaysItOnceAtTheWelcomeAndNotAgain() throws Exception {
        corrupt();
        String screen = onTerminal("progress\nprogress\nexit\n");
        saidOnceAndKept(screen);
        assertThat(screen.indexOf("progress file was corrupt")).as("before the first prompt")
                .isLessThan(screen.indexOf("dockernotes> "));
    }

    @Test
    void aFileThatCannotBeReadIsSaidOnceWhileItLastsThoughTheShellLoadsItBeforeEachPrompt() throws Exception {
        Files.createDirectory(home.resolve("progress.json")); // not a file: even root cannot read it
        Cli.Run r = new Cli(home).stdin("progress\nprogress\nchapters\nexit\n").run("shell");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("dockernotes: cannot read progress file " + home.resolve("progress.json")
                + " (Is a directory); showing no progress\n");
        assertThat(r.out()).contains("0/8");
    }

    @Test
    void aCorruptFileThatCannotBeMovedAsideIsSaidOnceAndLeftWhereItIs() throws Exception {
        corrupt();
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            Cli.Run r = new Cli(home).stdin("progress\nprogress\nexit\n").run("shell");
            assertThat(r.exitCode()).isZero();
            assertThat(r.err()).containsOnlyOnce("could not be moved aside").containsOnlyOnce("showing no progress");
            assertThat(Files.readString(home.resolve("progress.json"))).isEqualTo("{\"version\": 1, \"read\": [");
        }
    }

    private String onTerminal(String keys) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = new DumbTerminal("test", "ansi", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8);
        terminal.setSize(new org.jline.terminal.Size(100, 40));
        AppContext ctx = new AppContext(new Environment(Map.of("DOCKERNOTES_HOME", home.toString(), "NO_COLOR", "1"),
                new ByteArrayInputStream(new byte[0]), true, true));
        Shell shell = new Shell(ctx, terminal, terminal.writer(), home.resolve("history"), Map.of());
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), shell::run);
        terminal.flush();
        assertThat(code).isZero();
        return screen.toString(StandardCharsets.UTF_8);
    }
}
