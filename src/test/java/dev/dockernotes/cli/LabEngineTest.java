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

    private void walkThrough(String labId) throws IOException {
        Lab lab = LabCatalog.loadBuiltIn(Set.of()).lab(labId).orElseThrow();
        Map<String, String> params = Labs.params(lab, Map.of("DOCKER_HOST", host), Map.of("port", port));
        assertThat(cli.run("lab", labId).exitCode()).isZero();
        for (Step step : lab.steps()) {
            if (step.wantsAnswer()) {
                assertThat(lab("answer", "0.0-wrong").exitCode()).as("wrong answer to %s", step.id()).isEqualTo(1);
                Map<String, Object> version = new ObjectMapper().readValue(
                        EngineSupport.sh(host, Endpoint.fromEnvironment(Map.of("DOCKER_HOST", host)).curl("/version") + " -s").output(),
                        Map.class);
                String field = ((dev.dockernotes.lab.Check.Answer) step.checks().get(0)).field();
                Cli.Run answered = lab("answer", String.valueOf(version.get(field)));
                assertThat(answered.exitCode()).as("%s: %s", step.id(), answered.out() + answered.err()).isZero();
                continue;
            }
            if (step.checks().stream().allMatch(c -> c instanceof dev.dockernotes.lab.Check.DaemonAnswers)) {
                // "The daemon answers" is already so; before it, there is no daemon.
                Cli.Run none = new Cli(home).env("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock")).run("lab", "check");
                assertThat(none.exitCode()).isEqualTo(1);
                assertThat(none.err()).startsWith("dockernotes: Docker is not running here: start the daemon");
            }
            Cli.Run before = step.checks().stream().allMatch(c -> c instanceof dev.dockernotes.lab.Check.DaemonAnswers)
                    ? new Cli.Run(1, "Not yet", "") : lab("check");
            assertThat(before.exitCode()).as("%s passes before its solution: %s", step.id(), before.out() + before.err()).isEqualTo(1);
            assertThat(before.out()).contains("Not yet");
            for (String line : step.runnableSolution()) {
                String filled = LabCatalog.fill(line, params);
                if (filled.startsWith("#") || filled.startsWith("dockernotes ")) {
                    continue;
                }
                EngineSupport.Result r = EngineSupport.sh(host, filled);
                assertThat(r.exitCode()).as("%s: %s", filled, r.output()).isZero();
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

    @Test
    void resetRemovesOnlyWhatTheLabAskedFor() {
        String bystander = "bystander-" + ProcessHandle.current().pid();
        EngineSupport.sh(host, "docker container run -d --name " + bystander + " busybox sleep 600");
        EngineSupport.sh(host, "docker container run -d --name dn-web -p " + port + ":80 busybox httpd -f -p 80");
        try {
            cli.run("lab", "ch3-containers");
            assertThat(lab("check").exitCode()).isZero();
            Cli.Run reset = lab("reset", "ch3-containers");
            assertThat(reset.exitCode()).as(reset.err()).isZero();
            assertThat(reset.out()).contains("removed container dn-web").doesNotContain(bystander);
            assertThat(EngineSupport.sh(host, "docker container inspect -f '{{.State.Running}}' " + bystander).output().trim())
                    .isEqualTo("true");
            assertThat(EngineSupport.sh(host, "docker container inspect dn-web").exitCode()).isNotZero();
            assertThat(cli.run("lab", "status").out()).containsPattern(" ch3-containers +0/4 steps");
        } finally {
            EngineSupport.sh(host, "docker container rm -f " + bystander);
        }
    }

    @Test
    void fileInVolumeHelperIsLabelledAndGone() {
        EngineSupport.sh(host, "docker volume create dn-data");
        cli.run("lab", "ch3-volumes");
        assertThat(lab("check").exitCode()).isZero();
        lab("check");
        assertThat(EngineSupport.sh(host, "docker container ls -aq --filter label=dockernotes.lab").output().trim()).isEmpty();
    }

}
