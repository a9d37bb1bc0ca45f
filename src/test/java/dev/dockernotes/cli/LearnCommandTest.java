package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnCommandTest {
    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    @Test
    void pipedLearnPrintsTheWholeChapterAsPlainTextAndExits() {
        Cli.Run r = cli().run("learn", "chapter2");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Chapter 2: Docker Engine Architecture\n-----")
                .contains("TLDR: Docker engine is the software")
                .contains("### runc")
                .contains("### Secure Connection")
                .contains("Related:")
                .contains("dockernotes show the-shim")
                .contains("You finished Chapter 2: Docker Engine Architecture.")
                .contains("dockernotes quiz chapter2")
                .contains("dockernotes learn chapter3")
                .doesNotContain("\u001b");
    }

    @Test
    void colorAlwaysStylesPipedOutput() {
        assertThat(cli().run("learn", "2", "--color=always").out()).contains("\u001b[");
    }

    @Test
    void eachSectionPrintedCountsAsRead() throws IOException {
        cli().run("learn", "chapter2");
        String state = Files.readString(home.resolve("progress.json"));
        assertThat(state).contains("\"runc\"").contains("\"the-shim\"").contains("\"secure-connection\"");
        assertThat(cli().run("progress").out()).contains("Chapter 2");
    }

    @Test
    void sectionPrintsOnlyThatSectionWithItsLinksAndCommands() {
        Cli.Run r = cli().run("learn", "chapter2", "--section", "docker-socket-file");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("### Docker Socket File")
                .contains("sudo curl --unix-socket /var/run/docker.sock")
                .contains("Commands taught here:")
                .contains("dockernotes explain")
                .doesNotContain("### runc");
    }

    @Test
    void aSectionThatIsAChapterPrintsTheWholeChapter() {
        Cli.Run r = cli().run("learn", "--section", "chapter3");
        assertThat(r.out()).startsWith("Chapter 3: Images and Containers").contains("### Images");
    }

    @Test
    void aSectionOfAnotherChapterIsAClearError() {
        Cli.Run r = cli().run("learn", "chapter1", "--section", "runc");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("'runc' is not in chapter1 (it is in chapter2)");
    }

    @Test
    void unknownChapterOrSectionSuggestsTheNearestOnes() {
        Cli.Run chapter = cli().run("learn", "chaptr2");
        assertThat(chapter.exitCode()).isEqualTo(1);
        assertThat(chapter.err()).startsWith("dockernotes: ").contains("chapter2");
        Cli.Run section = cli().run("learn", "--section", "runcc");
        assertThat(section.exitCode()).isEqualTo(1);
        assertThat(section.err()).contains("runc");
        assertThat(section.err()).doesNotContain("Exception");
    }

    @Test
    void learnWithoutAChapterResumesAtTheFirstUnreadSection() {
        cli().run("learn", "chapter1");
        cli().run("learn", "chapter2", "--section", "components-of-docker-engine");
        Cli.Run r = cli().run("learn");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Continuing Chapter 2: Docker Engine Architecture at section 2 of")
                .contains("### runc")
                .doesNotContain("### Components of Docker Engine");
    }

    @Test
    void learnAfterEveryChapterSaysSo() {
        cli().run("learn", "1");
        cli().run("learn", "2");
        cli().run("learn", "3");
        assertThat(cli().run("learn").out()).contains("You have read every chapter");
    }

    @Test
    void onATerminalLearnPagesAndRecordsTheSectionsShown() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        DumbTerminal terminal = new DumbTerminal("test", "xterm-256color",
                new ByteArrayInputStream("nnq".getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        Cli cli = cli().env("NO_COLOR", "1");
        AppContext ctx = cli.context();
        ctx.useShellTerminal(terminal);
        Cli.Run r = cli.run(ctx, "learn", "chapter2");
        assertThat(r.exitCode()).isZero();
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Section 1 of 8 · Components of Docker Engine")
                .contains("Section 3 of 8 · containerd");
        assertThat(r.out()).contains("Stopped at section 3 of 8: containerd. Continue with: learn");
        String state = Files.readString(home.resolve("progress.json"));
        assertThat(state).contains("\"components-of-docker-engine\"").contains("\"runc\"").contains("\"containerd\"")
                .doesNotContain("\"the-shim\"");
    }

    @Test
    void ctrlCInTheShellJustReturns() {
        DumbTerminal terminal;
        try {
            terminal = new DumbTerminal("test", "xterm-256color",
                    new ByteArrayInputStream("\u0003".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        AppContext ctx = cli().context();
        ctx.useShellTerminal(terminal);
        assertThat(cli().run(ctx, "learn", "chapter2").exitCode()).isZero();
    }
}
