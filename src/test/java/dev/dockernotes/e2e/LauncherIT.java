package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built launcher, run from elsewhere, through a symlink, in a pipe. */
class LauncherIT {
    @TempDir
    Path tmp;

    @Test
    void runsFromAnyFolderWithoutBuildOutput() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "chapters");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("chapter1  Chapter 1: Docker Fundamentals  (5 sections)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void worksThroughASymlink() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("dockernotes"), Launcher.SCRIPT);
        try {
            Processes.Result r = Launcher.run(link, tmp.resolve("home"), tmp, "", Map.of(), "topics", "ch2");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("The Shim  the-shim");
        } finally {
            Files.delete(link); // JUnit warns about links leaving its temp folder
        }
    }

    @Test
    void passesExitCodesThrough() throws Exception {
        Processes.Result notFound = Launcher.run(tmp.resolve("home"), tmp, "", "show", "no-such-topic");
        assertThat(notFound.exitCode()).isEqualTo(1);
        assertThat(notFound.err()).startsWith("dockernotes: unknown topic 'no-such-topic'").doesNotContain("Exception");
        Processes.Result usage = Launcher.run(tmp.resolve("home"), tmp, "", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).startsWith("dockernotes: Unknown option: '--bogus'");
    }

    @Test
    void pipedOutputIsPlainText() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "search", "shim");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("the-shim").doesNotContain("\u001b[");
    }

    @Test
    void noArgumentsAndNoTerminalPrintsHelp() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("An interactive terminal tutor").contains("Usage: dockernotes").contains("Commands:");
    }

    @Test
    void versionNamesTheJavaRuntime() throws Exception {
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "--version");
        assertThat(r.out()).startsWith("dockernotes 0.1.0\nJava 17");
    }

    @Test
    void theDotOutputRendersWithGraphviz() throws Exception {
        Assumptions.assumeTrue(onPath("dot"), "Graphviz 'dot' is not installed: skipped (.ci/run installs it)");
        Processes.Result r = Launcher.run(tmp.resolve("home"), tmp, "", "graph");
        Path dot = Files.writeString(tmp.resolve("graph.dot"), r.out());
        Processes.Result dotRun = Processes.run(new ProcessBuilder("dot", "-Tsvg", dot.toString(), "-o",
                tmp.resolve("graph.svg").toString()).redirectErrorStream(true), null, Duration.ofSeconds(60));
        String messages = dotRun.out();
        assertThat(dotRun.exitCode()).as(messages).isZero();
        assertThat(messages).as("Graphviz warnings").isEmpty();
        assertThat(Files.readString(tmp.resolve("graph.svg"))).contains("<svg").contains("The Shim");
    }

    /** Runs a POSIX shell command line with $0 set to {@code arg0} (the launcher, or the jar). */
    private Processes.Result sh(String commandLine, String arg0) throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", commandLine, arg0).directory(tmp.toFile());
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        return Processes.run(pb, "", Processes.TIMEOUT);
    }

    @Test
    void aClosedStandardInputIsEndOfInputForAQuiz() throws Exception {
        Processes.Result r = sh("exec \"$0\" quiz ch1 --count 3 --no-color <&-", Launcher.SCRIPT.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Stopped (end of input) after 0 of 3 questions").doesNotContain("> ");
        assertThat(tmp.resolve("home/progress.json")).doesNotExist(); // no binary "answers" saved
    }

    @Test
    void theProgramItselfTakesAClosedStandardInputAsEndOfInput() throws Exception {
        // without the launcher's guard: the JVM's own modules file is what fd 0 then reads
        Path jar = Launcher.ROOT.resolve("target/dockernotes.jar");
        Processes.Result quiz = sh("exec java -jar \"$0\" quiz ch1 --count 3 --no-color <&-", jar.toString());
        assertThat(quiz.out()).contains("Stopped (end of input) after 0 of 3 questions");
        assertThat(tmp.resolve("home/progress.json")).doesNotExist();
        Processes.Result shell = sh("exec java -jar \"$0\" shell <&-", jar.toString());
        assertThat(shell.exitCode()).isZero();
        assertThat(shell.err()).isEmpty();
    }

    @Test
    void aClosedStandardInputRunsNoShellLines() throws Exception {
        Processes.Result r = sh("exec \"$0\" shell <&-", Launcher.SCRIPT.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).doesNotContain("unknown command").isEmpty();
        assertThat(r.out()).isEqualTo("dockernotes> \n");
    }

    @Test
    void aPipeClosedAfterOneByteRecordsOnlyWhatWasWritten() throws Exception {
        Processes.Result r = sh("\"$0\" learn chapter3 | head -c1", Launcher.SCRIPT.toString());
        assertThat(r.out()).hasSize(1);
        String progress = Launcher.run(tmp.resolve("home"), tmp, "", "progress", "--no-color").out();
        assertThat(progress).contains("Chapter 3: Images and Containers").doesNotContain("5/5");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
