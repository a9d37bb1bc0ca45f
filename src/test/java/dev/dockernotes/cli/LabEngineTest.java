package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.lab.Endpoint;
import dev.dockernotes.lab.EngineSupport;
import dev.dockernotes.lab.Lab;
import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.lab.Labs;
import dev.dockernotes.lab.Step;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lab against a real Docker Engine: each step's check fails before its solution is run and
 * passes after it. Skipped (with a message) when no engine answers, except in CI where it must run.
 */
class LabEngineTest {
    @TempDir
    Path home;

    String host;
    String port;
    Cli cli;

    @BeforeEach
    void engine() throws IOException {
        host = EngineSupport.requireEngine();
        try (ServerSocket free = new ServerSocket(0)) {
            port = String.valueOf(free.getLocalPort());
        }
        cli = new Cli(home).env("DOCKER_HOST", host);
        cleanUp();
    }

    @AfterEach
    void cleanUp() {
        if (host != null) {
            EngineSupport.sh(host, "docker container rm -f dn-hello dn-shell dn-web dn-writer >/dev/null 2>&1;"
                    + " docker container rm -f $(docker container ls -aq --filter label=dockernotes.lab) >/dev/null 2>&1;"
                    + " docker volume rm dn-data >/dev/null 2>&1; true");
        }
    }

    private Cli.Run lab(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "lab";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--param";
        all[args.length + 2] = "port=" + port;
        return cli.run(all);
    }

    /**
     * A learner acts at least a moment after opening a lab. The engine dates volumes in whole seconds,
     * and one made in the very second the lab was opened counts as the learner's own (never removed),
     * so the test waits for the next second as a person would.
     */
    private static void learnerPause() {
        try {
            Thread.sleep(1001 - java.time.Instant.now().getNano() / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void walkThrough(String labId) throws IOException {
        Lab lab = LabCatalog.loadBuiltIn(Set.of()).lab(labId).orElseThrow();
        Map<String, String> params = Labs.params(lab, Map.of("DOCKER_HOST", host), Map.of("port", port));
        assertThat(cli.run("lab", labId).exitCode()).isZero();
        learnerPause();
        for (Step step : lab.steps()) {
            if (step.wantsAnswer()) {
                assertThat(lab("answer", "0.0-wrong").exitCode()).as("wrong answer to %s", step.id()).isEqualTo(1);
                Map<String, Object> version = new ObjectMapper().readValue(
                        EngineSupport.sh(host, Endpoint.fromEnvironment(Map.of("DOCKER_HOST", host)).curl("/version") + " -s").out(),
                        Map.class);
                String field = ((dev.dockernotes.lab.Check.Answer) step.checks().get(0)).field();
                Cli.Run answered = lab("answer", String.valueOf(version.get(field)));
                assertThat(answered.exitCode()).as("%s: %s", step.id(), answered.out() + answered.err()).isZero();
                continue;
            }
            if (step.checks().stream().allMatch(c -> c instanceof dev.dockernotes.lab.Check.DaemonAnswers)) {
                // "The daemon answers" is already so: said as such, not as a pass; before it, there is no daemon.
                Cli.Run none = new Cli(home).env("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock")).run("lab", labId, "check");
                assertThat(none.exitCode()).isEqualTo(1);
                assertThat(none.err()).startsWith("dockernotes: Docker is not running here: start the daemon");
                Cli.Run already = lab("check");
                assertThat(already.exitCode()).isZero();
                assertThat(already.out()).startsWith("Already done: step " + (lab.indexOf(step) + 1) + " of lab " + labId);
                continue;
            }
            Cli.Run before = lab("check");
            assertThat(before.exitCode()).as("%s passes before its solution: %s", step.id(), before.out() + before.err()).isEqualTo(1);
            assertThat(before.out()).contains("Not yet");
            for (String line : step.runnableSolution()) {
                String filled = LabCatalog.fill(line, params);
                if (filled.startsWith("#") || filled.startsWith("dockernotes ")) {
                    continue;
                }
                dev.dockernotes.testing.Processes.Result r = EngineSupport.sh(host, filled);
                assertThat(r.exitCode()).as("%s: %s", filled, r.out()).isZero();
            }
            Cli.Run after = lab("check");
            assertThat(after.exitCode()).as("%s after its solution: %s", step.id(), after.out() + after.err()).isZero();
            assertThat(after.out()).contains("Done: step " + (lab.indexOf(step) + 1) + " of lab " + labId);
        }
        assertThat(cli.run("lab", "status").out()).containsPattern("done  " + labId + " +" + lab.steps().size() + "/");
    }

    @Test
    void chapter1FirstContainer() throws IOException {
        walkThrough("ch1-first-container");
    }

    @Test
    void chapter2EngineApi() throws IOException {
        walkThrough("ch2-engine-api");
    }

    @Test
    void chapter3Containers() throws IOException {
        walkThrough("ch3-containers");
    }

    @Test
    void chapter3Volumes() throws IOException {
        walkThrough("ch3-volumes");
    }

    @Test
    void checkSaysPreciselyWhatIsNotYetSo() {
        cli.run("lab", "ch3-containers");
        EngineSupport.sh(host, "docker container create --name dn-web -p " + port + ":80 busybox httpd -f -p 80");
        Cli.Run r = lab("check");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("  - container dn-web exists but is not running (it is created)");
        EngineSupport.sh(host, "docker container rm -f dn-web; docker container run -d --name dn-web -p 1:80 busybox httpd -f -p 80");
        assertThat(lab("check").out()).contains("  - container dn-web publishes host port 1 to 80/tcp, not " + port);
    }

    private boolean exists(String kind, String name) {
        return EngineSupport.sh(host, "docker " + kind + " inspect " + name + " >/dev/null 2>&1").exitCode() == 0;
    }

    @Test
    void resetLeavesTheLearnersOwnContainerAndVolumeWithTheLabsNames() {
        // The learner's own, made before any lab: every name the labs use, labelled or not, running and stopped.
        EngineSupport.sh(host, "docker container run -d --name dn-web --label owner=user busybox sleep 600");
        EngineSupport.sh(host, "docker container create --name dn-writer busybox true");
        EngineSupport.sh(host, "docker container run -d --name dn-shell -it busybox sh");
        EngineSupport.sh(host, "docker container run --name dn-hello busybox echo hello");
        EngineSupport.sh(host, "docker volume create dn-data && docker container run --rm -v dn-data:/d busybox sh -c 'echo mine > /d/f'");
        for (String lab : new String[] {"ch3-containers", "ch3-volumes", "ch1-first-container"}) {
            Cli.Run never = lab("reset", lab);
            assertThat(never.exitCode()).as(never.err()).isZero();
            assertThat(never.out()).contains("was not made for this lab; left as is").doesNotContain("removed");
        }
        // Opened, checked (the checks see the learner's own dn-web), then reset with --yes.
        cli.run("lab", "ch3-containers");
        lab("check");
        Cli.Run reset = lab("reset", "ch3-containers", "--yes");
        assertThat(reset.out()).contains("dn-web was not made for this lab; left as is").doesNotContain("removed container");
        cli.run("lab", "ch3-volumes");
        lab("check");
        assertThat(lab("reset", "chapter3", "--yes").out()).doesNotContain("removed");
        for (String c : new String[] {"dn-web", "dn-writer", "dn-shell", "dn-hello"}) {
            assertThat(exists("container", c)).as(c).isTrue();
        }
        assertThat(EngineSupport.sh(host, "docker container run --rm -v dn-data:/d busybox cat /d/f").out()).isEqualTo("mine\n");
    }

    @Test
    void resetRemovesWhatTheLearnerMadeDuringTheLabAfterAsking() {
        String bystander = "bystander-" + ProcessHandle.current().pid();
        EngineSupport.sh(host, "docker container run -d --name " + bystander + " busybox sleep 600");
        try {
            cli.run("lab", "ch3-containers");
            EngineSupport.sh(host, "docker container run -d --name dn-web -p " + port + ":80 busybox httpd -f -p 80");
            assertThat(lab("check").exitCode()).isZero();
            Cli.Run noAnswer = lab("reset", "ch3-containers");
            assertThat(noAnswer.exitCode()).isEqualTo(1);
            assertThat(noAnswer.out()).contains("This removes:\n  container dn-web (made during the lab)\n");
            assertThat(noAnswer.err()).endsWith("dockernotes: nothing reset: no answer (use --yes to skip the question)\n");
            assertThat(exists("container", "dn-web")).isTrue();
            Cli.Run no = cli.stdin("n\n").run("lab", "reset", "ch3-containers", "--param", "port=" + port);
            assertThat(no.out()).endsWith("Nothing reset.\n");
            assertThat(exists("container", "dn-web")).isTrue();
            Cli.Run yes = cli.stdin("y\n").run("lab", "reset", "ch3-containers", "--param", "port=" + port);
            assertThat(yes.exitCode()).as(yes.err()).isZero();
            assertThat(yes.out()).contains("removed container dn-web (made during the lab)").doesNotContain(bystander);
            assertThat(EngineSupport.sh(host, "docker container inspect -f '{{.State.Running}}' " + bystander).out().trim())
                    .isEqualTo("true");
            assertThat(exists("container", "dn-web")).isFalse();
            assertThat(cli.stdin("").run("lab", "status").out()).containsPattern(" ch3-containers +0/4 steps");
        } finally {
            EngineSupport.sh(host, "docker container rm -f " + bystander);
        }
    }

    @Test
    void resetOfAChapterResetsAllOfItsLabs() {
        cli.run("lab", "ch3-containers");
        EngineSupport.sh(host, "docker container run -d --name dn-web -p " + port + ":80 busybox httpd -f -p 80");
        assertThat(lab("check").exitCode()).isZero();
        cli.run("lab", "ch3-volumes");
        learnerPause();
        EngineSupport.sh(host, "docker volume create dn-data");
        assertThat(lab("check").exitCode()).isZero();
        Cli.Run reset = lab("reset", "chapter3", "--yes");
        assertThat(reset.out()).contains("removed container dn-web (made during the lab)")
                .contains("removed volume dn-data (made during the lab)")
                .contains("Lab ch3-containers starts again at step 1").contains("Lab ch3-volumes starts again at step 1");
        assertThat(exists("container", "dn-web")).isFalse();
        assertThat(exists("volume", "dn-data")).isFalse();
    }

    @Test
    void checkActsOnTheLabNamedBeforeTheCommand() {
        cli.run("lab", "chapter3");
        Cli.Run r = lab("ch1-first-container", "check");
        assertThat(r.out()).startsWith("Already done: step 1 of lab ch1-first-container");
        assertThat(lab("check").out()).startsWith("Not yet (step 2 of lab ch1-first-container)");
    }

    @Test
    void aHintInWordsIsWrappedAndACommandIsNot() {
        cli.run("lab", "ch1-first-container");
        lab("check");
        String words = lab("hint").out();
        assertThat(words).startsWith("Hint 1 of 3 (step 2 of lab ch1-first-container): docker image ls lists the\n  images. A container");
        assertThat(words.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lab("hint").out()).contains("\n  docker container run --name dn-hello busybox echo hello\n");
    }

    @Test
    void aContainerThatPrintedHiIsNotOneThatPrintedHello() {
        cli.run("lab", "ch1-first-container");
        lab("check");
        EngineSupport.sh(host, "docker container run --name dn-hello busybox echo hi");
        Cli.Run hi = lab("check");
        assertThat(hi.exitCode()).isEqualTo(1);
        assertThat(hi.out()).contains("container dn-hello printed \"hi\", not \"hello\"");
        EngineSupport.sh(host, "docker container rm dn-hello; docker container run --name dn-hello busybox echo hello");
        assertThat(lab("check").out()).startsWith("Done: step 2 of lab ch1-first-container");
    }

    @Test
    void aLabThatMadeNothingDoesNotAskToBeCleanedUp() throws IOException {
        cli.run("lab", "ch2-engine-api");
        Map<String, Object> version = new ObjectMapper().readValue(EngineSupport.sh(host,
                Endpoint.fromEnvironment(Map.of("DOCKER_HOST", host)).curl("/version") + " -s").out(), Map.class);
        lab("answer", "v" + version.get("ApiVersion"));
        Cli.Run last = lab("answer", String.valueOf(version.get("Version")));
        assertThat(last.out()).contains("Lab ch2-engine-api finished.").doesNotContain("Clean up");
    }

    @Test
    void ctrlCInTheShellMidCheckStopsItAndRemovesTheHelper() throws Exception {
        Path engineSocket = Path.of(java.net.URI.create(host).getPath());
        Path socket = Path.of("/tmp", "dn-stop-" + ProcessHandle.current().pid() + ".sock");
        java.nio.file.Files.deleteIfExists(socket);
        try (SilentEngines.Proxy proxy = SilentEngines.proxy(socket, engineSocket, line -> line.contains("/archive"))) {
            EngineSupport.sh(host, "docker volume create dn-data");
            Cli stuck = new Cli(home).env("DOCKER_HOST", "unix://" + socket);
            stuck.run("lab", "ch3-volumes");
            stuck.run("lab", "check");
            EngineSupport.sh(host, "docker container run --name dn-writer -v dn-data:/data busybox sh -c 'echo saved > /data/note.txt'");
            Cli.Run[] result = new Cli.Run[1];
            // The shell runs each line on its thread and interrupts it on Ctrl-C.
            Thread line = new Thread(() -> result[0] = stuck.run("lab", "check"));
            line.start();
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (proxy.frozen.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(proxy.frozen).isNotEmpty();
            line.interrupt();
            line.join(5000);
            assertThat(line.isAlive()).as("still waiting for the engine").isFalse();
            assertThat(result[0].exitCode()).isEqualTo(1);
            assertThat(result[0].err()).isEqualTo("dockernotes: stopped: the lab did not wait for the Docker Engine at unix://"
                    + socket + "\n");
            assertThat(EngineSupport.sh(host, "docker container ls -aq --filter label=dockernotes.lab").out().trim()).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(socket);
        }
    }

    @Test
    void aHelperIsRemovedWhenTheEngineStopsAnsweringMidCheck() throws IOException {
        Path engineSocket = Path.of(java.net.URI.create(host).getPath());
        Path socket = Path.of("/tmp", "dn-proxy-" + ProcessHandle.current().pid() + ".sock");
        java.nio.file.Files.deleteIfExists(socket);
        try (SilentEngines.Proxy proxy = SilentEngines.proxy(socket, engineSocket, line -> line.contains("/archive"))) {
            EngineSupport.sh(host, "docker volume create dn-data");
            Cli stuck = new Cli(home).env("DOCKER_HOST", "unix://" + socket).env("DOCKERNOTES_ENGINE_TIMEOUT", "2");
            stuck.run("lab", "ch3-volumes");
            assertThat(stuck.run("lab", "check").exitCode()).isZero();
            EngineSupport.sh(host, "docker container run --name dn-writer -v dn-data:/data busybox sh -c 'echo saved > /data/note.txt'");
            Cli.Run r = stuck.run("lab", "check");
            assertThat(proxy.frozen).isNotEmpty();
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("dockernotes: the Docker Engine at unix://" + socket + " did not answer within 2 s:"
                    + " is the daemon stopped or busy, or DOCKER_HOST wrong?\n");
            assertThat(EngineSupport.sh(host, "docker container ls -aq --filter label=dockernotes.lab").out().trim()).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(socket);
        }
    }

    @Test
    void fileInVolumeHelperIsLabelledAndGone() {
        EngineSupport.sh(host, "docker volume create dn-data");
        cli.run("lab", "ch3-volumes");
        assertThat(lab("check").exitCode()).isZero();
        lab("check");
        assertThat(EngineSupport.sh(host, "docker container ls -aq --filter label=dockernotes.lab").out().trim()).isEmpty();
    }

}
