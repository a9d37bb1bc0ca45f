package dev.dockernotes.repl;

import dev.dockernotes.tui.Terminals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.Cli;
import dev.dockernotes.app.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The shell run in-process over a scripted input, as `printf ... | dockernotes shell` would. */
class ShellTest {
    @TempDir
    Path home;

    private Cli.Run shell(String script, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "shell";
        return new Cli(home).stdin(script).run(all);
    }

    @Test
    void pipedScriptRunsEachLineAndExitsZero() {
        Cli.Run r = shell("chapters\nexit\n");
        assertThat(r.out()).isEqualTo("""
                dockernotes> chapters
                chapter1  Chapter 1: Docker Fundamentals  (5 sections)
                chapter2  Chapter 2: Docker Engine Architecture  (8 sections)
                chapter3  Chapter 3: Images and Containers  (5 sections)
                dockernotes> exit
                """);
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void whatTheShellSaysToRunNextCanBeTypedAtItsPrompt() {
        Cli.Run r = shell("progress\nlab status\nexit\n");
        assertThat(r.out()).contains("Start with: learn chapter1\n").contains("open one with lab LAB")
                .doesNotContain("dockernotes learn").doesNotContain("dockernotes lab");
        Cli.Run oneShot = new Cli(home).run("progress");
        assertThat(oneShot.out()).contains("Start with: dockernotes learn chapter1\n");
    }

    @Test
    void showRuncInsideTheShellPrintsTheTopicAndThePromptShowsItsChapter() {
        Cli.Run r = shell("show runc\nquit\n");
        assertThat(r.out()).startsWith("dockernotes> show runc\n### runc\n\n")
                .contains("runc has a single purpose in life")
                .endsWith("dockernotes chapter2> quit\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void promptFollowsTheLastChapterUsed() {
        Cli.Run r = shell("topics chapter3\nchapters\nshow containerd\n");
        assertThat(r.out()).contains("dockernotes chapter3> chapters\n", "dockernotes chapter3> show containerd\n")
                .endsWith("dockernotes chapter2> \n");
    }

    @Test
    void endOfPipedInputLeavesWithZero() {
        Cli.Run r = shell("chapters\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("chapter3  Chapter 3: Images and Containers  (5 sections)\ndockernotes> \n");
    }

    @Test
    void errorsPrintOneLineAndTheShellGoesOn() {
        Cli.Run r = shell("shwo runc\nshow --jsn runc\nshow\nshow no-such-topic-here\nchapters\nexit\n");
        assertThat(r.err().lines().toList()).containsExactly(
                "dockernotes: unknown command 'shwo'; did you mean 'show'?",
                "dockernotes: Unknown option: '--jsn'; did you mean '--json'?",
                "dockernotes: Missing required parameter: 'TOPIC' (see 'show --help')",
                "dockernotes: unknown topic 'no-such-topic-here' (see 'dockernotes topics')");
        assertThat(r.out()).contains("chapter1  Chapter 1: Docker Fundamentals");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void aLineEndingInASpaceReachesPicocliWithoutAnEmptyArgument() {
        assertThat(Shell.words(new DefaultParser(), "show runc ")).containsExactly("show", "runc");
        assertThat(Shell.words(new DefaultParser(), "  search  docker   socket  ")).containsExactly("search", "docker", "socket");
        assertThat(Shell.words(new DefaultParser(), "search \"docker socket\"")).containsExactly("search", "docker socket");
        Cli.Run r = shell("show runc   \nexit\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("### runc");
    }

    @Test
    void exclamationMarksAreLiteral() {
        Cli.Run r = shell("chapters\n!!\n!chapters\nsearch docker!\nexit\n");
        assertThat(r.err()).isEqualTo("""
                dockernotes: unknown command '!!'; 'help' lists the commands
                dockernotes: unknown command '!chapters'; did you mean 'chapters'?
                """);
    }

    @Test
    void aQuizInAPipedScriptTakesItsAnswersAndLeavesTheRestToTheShell() {
        Cli.Run r = shell("quiz chapter2 --count 1 --seed 1\nq\nchapters\nexit\n");
        assertThat(r.out()).contains("dockernotes chapter2> chapters\n", "chapter3  Chapter 3: Images and Containers")
                .endsWith("dockernotes chapter2> exit\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void aLessonInAPipedScriptPrintsPlainTextAndSetsTheChapter() {
        Cli.Run r = shell("learn chapter2\nexit\n");
        assertThat(r.out()).startsWith("dockernotes> learn chapter2\nChapter 2: Docker Engine Architecture\n")
                .endsWith("dockernotes chapter2> exit\n").doesNotContain("\u001b[");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void afterLearnAloneThePromptShowsTheChapterItOpened() {
        Cli.Run r = shell("learn\nexit\n");
        assertThat(r.out()).startsWith("dockernotes> learn\nChapter 1: Docker Fundamentals\n")
                .endsWith("dockernotes chapter1> exit\n");
    }

    @Test
    void explainInsideTheShell() {
        Cli.Run r = new Cli(home).env("DOCKERNOTES_NO_INSTALLED_DOCKER", "1").stdin("explain docker stop\nexit\n").run("shell");
        assertThat(r.out()).startsWith("dockernotes> explain docker stop\n").contains("docker container stop")
                .endsWith("dockernotes> exit\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void theShellDoesNotNest() {
        Cli.Run r = shell("shell\nexit\n");
        assertThat(r.err()).isEqualTo("dockernotes: already in the shell\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void globalOptionsGivenBeforeShellHoldForEveryLine() throws Exception {
        Path notes = Files.createDirectories(home.resolve("notes"));
        Files.writeString(notes.resolve("chapter1.md"), "# Chapter 1: Tiny\n\nIntro.\n\n## Alpha Topic\n\nAlpha text.\n");
        Cli.Run r = shell("topics\nshow alpha-topic\nexit\n", "--notes", notes.toString());
        assertThat(r.out()).contains("Chapter 1: Tiny  chapter-1-tiny\n  Alpha Topic  alpha-topic\n", "Alpha text.")
                .doesNotContain("Docker");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpListsTheShellAndCompletionCommands() {
        Cli.Run r = shell("help\nexit\n");
        assertThat(r.out()).contains("  shell ", "  completion ");
    }

    // --- on a terminal that is not dumb: welcome, history, Ctrl-C ---

    private record Session(int exitCode, String screen) {}

    private Session onTerminal(String keys, Shell.Customizer customize) throws Exception {
        return onTerminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), customize);
    }

    private Session onTerminal(java.io.InputStream keys, Shell.Customizer customize) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = new DumbTerminal("test", "ansi", keys, screen, StandardCharsets.UTF_8);
        terminal.setSize(new org.jline.terminal.Size(100, 40));
        org.jline.terminal.Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, true); // Ctrl-C raises SIGINT, as on a tty
        terminal.setAttributes(attributes);
        AppContext ctx = new AppContext(new Environment(Map.of("DOCKERNOTES_HOME", home.toString(), "NO_COLOR", "1"),
                new ByteArrayInputStream(new byte[0]), true, true));
        Shell shell = new Shell(ctx, terminal, terminal.writer(), home.resolve("history"), Map.of());
        customize.apply(shell, ctx, terminal);
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10), (org.junit.jupiter.api.function.ThrowingSupplier<Integer>) shell::run);
        terminal.flush();
        return new Session(code, screen.toString(StandardCharsets.UTF_8));
    }

    private Session onTerminal(String keys) throws Exception {
        return onTerminal(keys, (shell, ctx, terminal) -> { });
    }

    @Test
    void welcomeSaysWhatToDoNext() throws Exception {
        Session s = onTerminal("exit\n");
        assertThat(s.screen()).contains("dockernotes shell: Tab completes, Ctrl-R searches history, 'help' lists the commands, Ctrl-D leaves.",
                "New here? Start with ", " chapter1', or 'chapters' to see them all.");
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void welcomeSaysWhereTheUserStopped() throws Exception {
        new dev.dockernotes.progress.ProgressStore(home).update(p -> p.markRead("chapter2", "the-shim", "The Shim"));
        Session s = onTerminal("exit\n");
        // wrapped at the terminal's width, later lines indented
        assertThat(s.screen().replaceAll("\r?\n  ", " ")).contains("You stopped at 'The Shim' (chapter2). 'learn' goes on at section 7 of 8,"
                + " \"Linux Implementation\". Not read yet in chapter1: 'learn chapter1'.", "dockernotes chapter2> ");
    }

    @Test
    void theWelcomeNamesWhatLearnOpensAndLearnOpensIt() throws Exception {
        new dev.dockernotes.progress.ProgressStore(home).update(p -> p.markRead("chapter2", "containerd", "containerd"));
        Session s = onTerminal("learn\nq\nexit\n");
        assertThat(s.screen()).contains("'learn' goes on at section 4 of 8, \"Docker Socket File\"",
                "Section 4 of 8 · Docker Socket File");
    }

    @Test
    void clearClearsTheScreenInsteadOfSuggestingLearn() throws Exception {
        Session s = onTerminal("clear\nexit\n");
        assertThat(s.screen()).doesNotContain("unknown command", "did you mean");
        String afterClear = s.screen().substring(s.screen().indexOf("clear"));
        assertThat(afterClear).contains("\u001b[H\u001b[J"); // the terminal's clear_screen (ansi)
    }

    // Ctrl-C dropping the line being typed is tested in a real terminal (ShellIT): over a DumbTerminal
    // jline reads the whole line before the signal reaches the editor, so no in-process test sees it.

    @Test
    void tabCompletesACommandName() throws Exception {
        Session s = onTerminal("topi\tchapter2\nexit\n");
        assertThat(s.screen()).contains("Components of Docker Engine  components-of-docker-engine");
    }

    @Test
    void tabCompletesTheDockerCommandTreeAfterExplainDocker() throws Exception {
        Session s = onTerminal("explain docker contai\tsto\tweb\nexit\n");
        assertThat(s.screen()).contains("docker container stop web", "Stop one or more running containers");
    }

    @Test
    void tabCompletesATopicId() throws Exception {
        Session s = onTerminal("show the-sh\t\nexit\n");
        assertThat(s.screen()).contains("dockernotes> ", "the-shim", "### The Shim", "After runc exits, the shim becomes").doesNotContain("unknown topic");
    }

    @Test
    void ctrlCStopsARunningCommandAndTheShellGoesOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Session s = onTerminal("wait\nchapters\nexit\n", (shell, ctx, terminal) -> {
            shell.addCommand(new WaitCommand(ctx, terminal, started));
            Thread presser = new Thread(() -> {
                try {
                    started.await();
                    terminal.raise(Terminal.Signal.INT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            presser.setDaemon(true);
            presser.start();
        });
        assertThat(s.screen()).contains("waiting for Ctrl-C", "stopped and saved", "chapter3  Chapter 3")
                .doesNotContain("internal error");
        assertThat(s.exitCode()).isZero();
    }

    @Test
    void ctrlCDuringABlockingKeyReadReturnsToThePrompt() throws Exception {
        // A pager blocked in jline's BindingReader sees the interrupt as an IOError (an Error, which picocli passes on).
        CountDownLatch started = new CountDownLatch(1);
        Session s = onTerminal("read\nchapters\nexit\n", (shell, ctx, terminal) -> {
            shell.addCommand(new ReadKeyCommand(started));
            Thread presser = new Thread(() -> {
                try {
                    started.await();
                    terminal.raise(Terminal.Signal.INT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            presser.setDaemon(true);
            presser.start();
        });
        assertThat(s.screen()).contains("chapter3  Chapter 3").doesNotContain("internal error", "IOError", "Exception");
        assertThat(s.exitCode()).isZero();
    }

    @Command(name = "read")
    static final class ReadKeyCommand implements Callable<Integer> {
        private final CountDownLatch started;

        ReadKeyCommand(CountDownLatch started) {
            this.started = started;
        }

        @Override
        public Integer call() {
            started.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                throw new java.io.IOError(new java.io.InterruptedIOException());
            }
            return 0;
        }
    }

    @Test
    void historyIsKeptDeduplicatedInTheStateFolder() throws Exception {
        onTerminal("chapters\ntopics chapter2\nchapters\nexit\n");
        onTerminal("topics chapter2\nexit\n");
        assertThat(Files.readAllLines(home.resolve("history"))).containsExactly("chapters", "topics chapter2");
    }

    @Test
    void upArrowRecallsTheLastCommand() throws Exception {
        onTerminal("topics chapter3\nexit\n");
        Session s = onTerminal("\u001b[A\nexit\n");
        assertThat(s.screen()).contains("Chapter 3: Images and Containers");
    }

    /** A command that runs until Ctrl-C, as a lesson or a quiz waiting for a key does. */
    @Command(name = "wait")
    static final class WaitCommand implements Callable<Integer> {
        private final AppContext ctx;
        private final PrintWriter out;
        private final CountDownLatch started;

        WaitCommand(AppContext ctx, Terminal terminal, CountDownLatch started) {
            this.ctx = ctx;
            this.out = terminal.writer();
            this.started = started;
        }

        @Override
        public Integer call() throws Exception {
            out.println("waiting for Ctrl-C");
            out.flush();
            started.countDown();
            try {
                while (!ctx.stopRequested()) {
                    Thread.sleep(5);
                }
            } finally {
                out.println("stopped and saved");
                out.flush();
            }
            return 0;
        }
    }

    @Test
    void dumbTerminalsAreLaidOutAt80Columns() {
        Terminal t = Terminals.dumb(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
        assertThat(t.getWidth()).isEqualTo(80);
        assertThat(t.getHeight()).isEqualTo(24);
    }


    // --- the shell's context: the prompt's chapter, docker lines, help ---

    @Test
    void aBareQuizAsksAboutThePromptsChapterAndQuizAllAboutEveryChapter() {
        Cli.Run r = shell("show runc\nquiz --json --count 3 --seed 1\na\na\na\nquiz all --json --count 40 --seed 1\n"
                + "a\n".repeat(40));
        String chapter2Quiz = r.out().substring(r.out().indexOf("quiz --json"), r.out().indexOf("quiz all"));
        assertThat(chapter2Quiz).contains("\"id\" : \"ch2-").doesNotContain("\"id\" : \"ch1-", "\"id\" : \"ch3-");
        String all = r.out().substring(r.out().indexOf("quiz all"));
        assertThat(all).contains("\"id\" : \"ch1-", "\"id\" : \"ch2-", "\"id\" : \"ch3-");
    }

    @Test
    void aBareLearnOpensThePromptsChapter() {
        Cli.Run r = shell("topics chapter3\nlearn\nexit\n");
        assertThat(r.out()).contains("dockernotes chapter3> learn\nAlso not read yet: Chapter 1: Docker Fundamentals"
                + " (5 sections, learn chapter1); Chapter 2: Docker Engine Architecture (8 sections, learn chapter2).\n\n"
                + "Chapter 3: Images and Containers\n");
    }

    @Test
    void aDockerCommandLineIsExplainedNotRejected() {
        Cli.Run r = shell("docker ps -a\nexit\n");
        assertThat(r.err()).isEqualTo("dockernotes: docker commands are not run in this shell; here is 'explain docker ps -a':\n");
        assertThat(r.out()).contains("docker container ls").doesNotContain("unknown command");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void helpSaysWhatTheShellDoesWithoutAChapter() {
        Cli.Run r = shell("help\nexit\n");
        assertThat(r.out()).contains("'learn' and 'quiz' without a chapter use the chapter in the prompt",
                "'clear' or Ctrl-L");
    }

    @Test
    void aReadOnlyStateFolderIsSaidOnceInTheWholeShellSession() throws Exception {
        try (dev.dockernotes.progress.ReadOnlyFolder ro = dev.dockernotes.progress.ReadOnlyFolder.of(home)) {
            String notice = "dockernotes: progress is not being saved: " + home + " is not writable";
            Session s = onTerminal("progress\nlearn chapter1\nq\nquiz ch1 --count 1 --seed 1\nq\nexit\n");
            assertThat(s.screen()).as("at the welcome, and not again").containsOnlyOnce(notice)
                    .doesNotContain("Continue with");
            assertThat(s.screen().indexOf(notice)).isLessThan(s.screen().indexOf("dockernotes> "));
            assertThat(s.exitCode()).isZero();

            Cli.Run piped = shell("progress\nlearn chapter1\nexit\n");
            assertThat(piped.err()).isEqualTo(notice + "\n");
            assertThat(piped.out()).contains("Chapter 1: Docker Fundamentals");
        }
    }

    @Test
    void aNewerProgressFileIsSaidOnceInTheShell() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"version\": 99}");
        Session s = onTerminal("progress\nlab chapter1\nexit\n");
        assertThat(s.screen()).containsOnlyOnce("was written by a newer dockernotes").contains("Lab ch1-first-container");
        Cli.Run piped = shell("progress\nlearn chapter1\nexit\n");
        assertThat(piped.err()).containsOnlyOnce("was written by a newer dockernotes");
    }

    @Test
    void aCorruptProgressFileIsSaidToBeKeptAsideOnceInTheShell() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{not json");
        Session s = onTerminal("progress\nexit\n");
        assertThat(s.screen()).containsOnlyOnce("kept it as " + home.resolve("progress.json.corrupt-"));
    }

    @Test
    void aCorruptProgressFileIsSaidToBeKeptAsideOnceInAPipedShell() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{not json");
        Cli.Run piped = shell("progress\nlearn chapter1\nprogress\nexit\n");
        assertThat(piped.err()).containsOnlyOnce("kept it as " + home.resolve("progress.json.corrupt-"));
        assertThat(piped.out()).contains("Chapter 1: Docker Fundamentals");
    }

    @Test
    void aCommandThatFailsUnexpectedlyIsOneLineAndTheShellGoesOn() throws Exception {
        Session s = onTerminal("boom\nbang\nchapters\nexit\n", (shell, ctx, terminal) -> {
            shell.addCommand("boom", new FailingCommand(new IllegalStateException("no such state")));
            shell.addCommand("bang", new FailingCommand(new AssertionError("an Error picocli passes on")));
        });
        assertThat(s.screen()).containsOnlyOnce("dockernotes: internal error: IllegalStateException: no such state"
                        + " (run again with --debug for details)")
                .containsOnlyOnce("dockernotes: internal error: AssertionError: an Error picocli passes on"
                        + " (run again with --debug for details)")
                .contains("chapter3  Chapter 3").doesNotContain("\tat ");
        assertThat(s.exitCode()).isZero();
    }

    /** A command that throws what it is given, as a bug would. */
    @Command(name = "fail")
    static final class FailingCommand implements Callable<Integer> {
        private final Throwable thrown;

        FailingCommand(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Exception e) {
                throw e;
            }
            throw (Error) thrown;
        }
    }
}
