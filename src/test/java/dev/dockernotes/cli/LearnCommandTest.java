package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
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
        Cli.inShellOn(ctx, terminal);
        Cli.Run r = cli.run(ctx, "learn", "chapter2");
        assertThat(r.exitCode()).isZero();
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Section 1 of 8 · Components of Docker Engine")
                .contains("Section 3 of 8 · containerd");
        assertThat(r.out()).contains("Stopped at section 3 of 8: containerd.\n"
                + "Continue with: learn (opens section 4 of 8, \"Docker Socket File\")");
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
        Cli.inShellOn(ctx, terminal);
        assertThat(cli().run(ctx, "learn", "chapter2").exitCode()).isZero();
    }

    // --- resume: 'learn' alone goes on where the reader was, and every message says exactly that ---

    private Cli.Run readOnATerminal(Cli cli, String keys, String... args) {
        DumbTerminal terminal;
        try {
            terminal = new DumbTerminal("test", "xterm-256color",
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        terminal.setSize(new Size(80, 24));
        AppContext ctx = cli.env("NO_COLOR", "1").context();
        Cli.inShellOn(ctx, terminal);
        return cli.run(ctx, args);
    }

    @Test
    void learnAloneGoesOnInTheChapterOfTheLastPlaceAndOnlyHintsAtGapsInEarlierChapters() {
        Cli cli = cli();
        cli.run("learn", "chapter2", "--section", "components-of-docker-engine");
        cli.run("learn", "chapter2", "--section", "runc");
        cli.run("learn", "chapter2", "--section", "containerd"); // chapter 1 never opened
        Cli.Run r = cli.run("learn");
        assertThat(r.out()).startsWith("""
                Continuing Chapter 2: Docker Engine Architecture at section 4 of 8.
                Also not read yet: Chapter 1: Docker Fundamentals (5 sections, dockernotes learn chapter1).

                ### Docker Socket File""");
        assertThat(r.out()).doesNotContain("Chapter 1: Docker Fundamentals\n---");
    }

    @Test
    void progressTheShellAndTheLessonNameTheSectionLearnOpens() {
        Cli cli = cli();
        cli.run("learn", "chapter1", "--section", "what-about-kubernetes");
        Cli.Run lesson = readOnATerminal(cli, "nnq", "learn", "chapter2"); // sections 1-3 of chapter 2
        assertThat(lesson.out()).contains("Continue with: learn (opens section 4 of 8, \"Docker Socket File\")");
        assertThat(cli.run("progress").out())
                .contains("Next: dockernotes learn chapter2  (continues at \"Docker Socket File\")");
        Cli.Run again = readOnATerminal(cli, "q", "learn");
        assertThat(again.out()).isEqualTo("""
                Stopped at section 4 of 8: Docker Socket File.
                Continue with: learn (opens section 5 of 8, "Container Creation Process")
                Also not read yet: Chapter 1: Docker Fundamentals (4 sections, learn chapter1).
                """);
        Cli.Run piped = cli.run("learn"); // prints the rest of chapter 2: it is read through
        assertThat(piped.out()).startsWith("Continuing Chapter 2: Docker Engine Architecture at section 5 of 8.")
                .contains("You finished Chapter 2");
        assertThat(cli.run("learn").out()).startsWith("""
                Also not read yet: Chapter 1: Docker Fundamentals (4 sections, dockernotes learn chapter1).

                Chapter 3: Images and Containers
                """);
    }

    @Test
    void afterGoingBackLearnGoesOnAfterThePlaceLeftNotAtTheFirstGap() {
        Cli cli = cli();
        // 1, then 4 (contents), then back to 2: section 3 is the next one not read after 2
        readOnATerminal(cli, "t4t2q", "learn", "chapter2");
        assertThat(cli.run("learn").out()).startsWith("Continuing Chapter 2: Docker Engine Architecture at section 3 of 8.")
                .contains("### containerd");
    }

    // --- finished means every section read ---

    @Test
    void reachingTheEndWithASectionSkippedIsNotFinishedAndNamesWhatIsLeft() throws IOException {
        Cli cli = cli();
        // 1 -> 4 -> 2 (contents), contents -> 6, then next to the end: 3 and 5 are skipped
        Cli.Run r = readOnATerminal(cli, "t4t2t6nnnq", "learn", "chapter2");
        assertThat(r.out()).doesNotContain("You finished")
                .contains("Not read yet: 3. containerd, 5. Container Creation Process.")
                .contains("Continue with: learn (opens section 3 of 8, \"containerd\")");
        assertThat(cli.run("progress").out()).contains("6/8");
    }

    @Test
    void enterAtTheEndOfAChapterWithGapsOpensTheFirstSectionNotRead() throws IOException {
        Cli cli = cli();
        Cli.Run r = readOnATerminal(cli, "t8n\rq", "learn", "chapter3"); // 1, 8 -> end -> Enter opens 2
        String state = Files.readString(home.resolve("progress.json"));
        assertThat(state).contains("\"images\"");
        assertThat(r.out()).startsWith("Stopped at section 2 of 5");
    }

    @Test
    void readingEverySectionFinishesTheChapter() {
        Cli cli = cli();
        Cli.Run r = readOnATerminal(cli, "nnnnnq", "learn", "chapter3");
        assertThat(r.out()).contains("You finished Chapter 3: Images and Containers.").doesNotContain("Not read yet");
    }

    @Test
    void aPipedResumeThatLeavesEarlierSectionsUnreadDoesNotSayFinished() {
        Cli cli = cli();
        cli.run("learn", "chapter3", "--section", "container-lifecycle"); // section 3 of 5 read, 1 and 2 not
        Cli.Run r = cli.run("learn");
        assertThat(r.out()).startsWith("Continuing Chapter 3: Images and Containers at section 4 of 5.")
                .doesNotContain("You finished")
                .contains("Not read yet: 1. Images, 2. Containers.")
                .contains("Read them with: dockernotes learn chapter3 (opens section 1 of 5, \"Images\")");
    }

    // --- a chapter with no sections, and a reader that goes away ---

    @Test
    void aChapterWithoutSectionsIsPrintedOnce(@TempDir Path notes) throws IOException {
        Files.writeString(notes.resolve("one.md"), "# Only a chapter\n\nThe body of a chapter without sections.\n");
        Files.writeString(notes.resolve("two.md"), "# Second\n\n## A section\n\nText.\n");
        Cli.Run r = cli().run("--notes", notes.toString(), "learn", "1");
        assertThat(r.out().split("The body of a chapter without sections", -1)).hasSize(2);
        assertThat(r.out()).startsWith("Only a chapter\n").contains("You finished Only a chapter.");
    }

    @Test
    void aSingleFileWhoseHeadingsAreChaptersPrintsEachOnce(@TempDir Path notes) throws IOException {
        Files.writeString(notes.resolve("notes.md"), "# My notes\n\n## First\n\nFirst body.\n\n## Second\n\nSecond body.\n");
        Cli.Run r = cli().run("--notes", notes.toString(), "learn", "1");
        assertThat(r.out().split("First body", -1)).hasSize(2);
    }

    @Test
    void aClosedPipeRecordsOnlyTheSectionsWrittenWhole() throws IOException {
        String whole = cli().run("learn", "chapter3").out();
        Files.deleteIfExists(home.resolve("progress.json"));
        int secondSection = whole.indexOf("### Containers"); // the second of chapter 3's five sections
        assertThat(secondSection).isPositive();
        runInto(new ClosingWriter(secondSection + 10), "learn", "chapter3");
        String state = Files.readString(home.resolve("progress.json"));
        assertThat(state).contains("\"images\"").doesNotContain("\"containers\"").doesNotContain("\"container-lifecycle\"");

        Files.delete(home.resolve("progress.json"));
        runInto(new ClosingWriter(1), "learn", "chapter3");
        assertThat(home.resolve("progress.json")).doesNotExist();
    }

    private void runInto(java.io.Writer out, String... args) {
        AppContext ctx = cli().context();
        CommandLineFactory.forArgs(ctx, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()), args)
                .execute(args);
    }

    /** A pipe whose reader leaves after {@code limit} characters (as `head -c` does). */
    private static final class ClosingWriter extends java.io.Writer {
        private int left;

        ClosingWriter(int limit) {
            this.left = limit;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (len > left) {
                left = 0;
                throw new IOException("Broken pipe");
            }
            left -= len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
