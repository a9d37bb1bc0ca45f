package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.util.List;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the engine cannot be used, each case says what to do in one line, and the rest keeps working. */
class LabFailureTest {
    @TempDir
    Path home;

    @Test
    void noSocketSaysDockerIsNotRunning() {
        Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + home.resolve("docker.sock")).run("lab", "ch3-containers", "check");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: Docker is not running here: start the daemon (sudo systemctl start docker)"
                + " or set DOCKER_HOST (no socket at " + home.resolve("docker.sock") + ")\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aSocketNobodyListensOnSaysTheDaemonStopped() throws IOException {
        Path socket = home.resolve("docker.sock");
        ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket)).close();
        Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + socket).run("lab", "ch3-containers", "check");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: the Docker daemon does not answer on unix://" + socket
                + " (the socket is there but nothing listens; was it stopped?): start it (sudo systemctl start docker)"
                + " or set DOCKER_HOST\n");
    }

    @Test
    void tcpWithNothingListening() {
        Cli.Run r = new Cli(home).env("DOCKER_HOST", "tcp://127.0.0.1:1").run("lab", "ch3-containers", "check");
        assertThat(r.err()).isEqualTo("dockernotes: nothing answers at tcp://127.0.0.1:1: start the daemon there or fix DOCKER_HOST\n");
    }

    @Test
    void tlsWithoutCertificatesSaysWhereTheyShouldBe() {
        Cli.Run r = new Cli(home).env("DOCKER_HOST", "tcp://127.0.0.1:2376").env("DOCKER_TLS_VERIFY", "1")
                .env("DOCKER_CERT_PATH", home.toString()).run("lab", "ch3-containers", "check");
        assertThat(r.err()).isEqualTo("dockernotes: DOCKER_TLS_VERIFY is set but " + home.resolve("ca.pem")
                + " cannot be read: set DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem\n");
    }

    @Test
    void anEngineWithAnOldApiIsRefused() throws Exception {
        Path socket = home.resolve("old.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread daemon = new Thread(() -> answerVersion(server, "{\"Version\":\"1.11.2\",\"ApiVersion\":\"1.23\"}"));
            daemon.setDaemon(true);
            daemon.start();
            Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + socket).run("lab", "ch3-containers", "check");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("dockernotes: the Docker Engine at unix://" + socket + " speaks API 1.23,"
                    + " too old for the labs (they need 1.24 or newer, Docker 1.12+): upgrade Docker\n");
        }
    }

    /** A fake daemon: answers every request on the socket with this /version body. */
    private static void answerVersion(ServerSocketChannel server, String body) {
        while (server.isOpen()) {
            try (SocketChannel c = server.accept()) {
                ByteBuffer buf = ByteBuffer.allocate(8192);
                StringBuilder request = new StringBuilder();
                while (!request.toString().contains("\r\n\r\n") && c.read(buf) > 0) {
                    buf.flip();
                    request.append(StandardCharsets.UTF_8.decode(buf));
                    buf.clear();
                }
                byte[] b = body.getBytes(StandardCharsets.UTF_8);
                String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nApi-Version: 1.23\r\nContent-Length: "
                        + b.length + "\r\nConnection: close\r\n\r\n";
                c.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.UTF_8)));
                c.write(ByteBuffer.wrap(b));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Test
    void theRestKeepsWorkingWithoutAnEngine() {
        Cli cli = new Cli(home).env("DOCKER_HOST", "unix://" + home.resolve("docker.sock"));
        Cli.Run show = cli.run("lab", "chapter3");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("Step 1 of 4: Run a container named dn-web from busybox in the background");
        Cli.Run hint = cli.run("lab", "hint");
        assertThat(hint.out()).startsWith("Hint 1 of 3 (step 1 of lab ch3-containers): -d runs a container");
        assertThat(cli.run("lab", "status").out()).contains("busy  ch3-containers       0/4 steps, 1 hint");
        assertThat(cli.run("chapters").exitCode()).isZero();
    }

    @Test
    void labListsLineUpWhateverTheCountsAre() {
        Cli cli = new Cli(home).env("DOCKER_HOST", "unix://" + home.resolve("docker.sock"));
        cli.run("lab", "ch3-volumes");
        cli.run("lab", "hint");
        cli.run("lab", "hint");
        cli.run("lab", "ch3-containers");
        cli.run("lab", "hint");
        List<String> rows = cli.run("lab", "status").out().lines().skip(1)
                .filter(r -> r.matches("(done|busy| {4})  \\S.*")).toList(); // a row's first line (a long title wraps)
        assertThat(rows).hasSizeGreaterThan(2);
        // each title starts in the same column, hints or not
        java.util.regex.Pattern title = java.util.regex.Pattern.compile(".*  (\\S.*)$");
        assertThat(rows.stream().map(r -> {
            java.util.regex.Matcher m = title.matcher(r);
            return m.matches() ? m.start(1) : -1;
        }).distinct()).as(String.join("\n", rows)).hasSize(1);
        assertThat(rows.stream().map(r -> r.indexOf(" steps")).distinct()).hasSize(1);
        List<String> labs = cli.run("progress").out().lines().dropWhile(l -> !l.equals("Labs")).skip(1)
                .takeWhile(l -> l.startsWith("  ")).toList();
        assertThat(labs).hasSize(2);
        // the counts start in one column: the lab names are padded to the longest
        assertThat(labs.stream().map(l -> l.indexOf(" steps finished") - 1).distinct()).as(String.join("\n", labs)).hasSize(1);
    }

    @Test
    void hintsEscalateToTheSolutionAndAreCounted() {
        Cli cli = new Cli(home);
        cli.run("lab", "ch3-volumes");
        cli.run("lab", "hint");
        assertThat(cli.run("lab", "hint").out()).contains("Hint 2 of 3").contains("docker volume create dn-data");
        Cli.Run solution = cli.run("lab", "hint");
        assertThat(solution.out()).isEqualTo("Solution (step 1 of lab ch3-volumes):\n  docker volume create dn-data\n"
                + "  docker volume ls\n");
        assertThat(cli.run("lab", "hint").out()).startsWith("Solution");
        assertThat(cli.run("lab", "status", "--json").out()).contains("\"lab\" : \"ch3-volumes\"").contains("\"hints\" : 3");
    }

    @Test
    void anAnswerStepAsksForTheAnswer() {
        Cli cli = new Cli(home).env("DOCKER_HOST", "unix:///run/x/docker.sock");
        Cli.Run show = cli.run("lab", "chapter2");
        assertThat(show.out()).contains("Then: dockernotes lab answer VALUE");
        assertThat(cli.run("lab", "hint").out()).contains("Hint 1 of 3");
        assertThat(cli.run("lab", "hint").out()).contains("curl --unix-socket /run/x/docker.sock http://localhost/version");
        Cli.Run check = cli.run("lab", "check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEqualTo("Step 1 of lab ch2-engine-api wants your answer: dockernotes lab answer VALUE\n");
    }

    @Test
    void aUnixSocketThatAcceptsAndNeverAnswersTimesOutInOneLine() throws IOException {
        Path socket = home.resolve("silent.sock");
        try (ServerSocketChannel server = SilentEngines.silentUnix(socket)) {
            Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + socket).env("DOCKERNOTES_ENGINE_TIMEOUT", "1")
                    .run("lab", "ch3-containers", "check");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("dockernotes: the Docker Engine at unix://" + socket + " did not answer within 1 s:"
                    + " is the daemon stopped or busy, or DOCKER_HOST wrong?\n");
        }
    }

    @Test
    void theDeadlineIsTenSecondsUnlessSaidOtherwise() throws IOException {
        Path socket = home.resolve("silent.sock");
        try (ServerSocketChannel server = SilentEngines.silentUnix(socket)) {
            Cli.Run r = new Cli(home).env("DOCKER_HOST", "unix://" + socket).run("lab", "ch3-containers", "check");
            assertThat(r.err()).contains("did not answer within 10 s");
        }
    }

    @Test
    void aTcpPortThatAcceptsAndNeverAnswersTimesOutInOneLine() throws IOException {
        try (java.net.ServerSocket server = SilentEngines.silentTcp()) {
            Cli.Run r = new Cli(home).env("DOCKER_HOST", "tcp://127.0.0.1:" + server.getLocalPort())
                    .env("DOCKERNOTES_ENGINE_TIMEOUT", "1").run("lab", "ch3-containers", "check");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("dockernotes: the Docker Engine at tcp://127.0.0.1:" + server.getLocalPort()
                    + " did not answer within 1 s: is the daemon stopped or busy, or DOCKER_HOST wrong?\n");
        }
    }

    @Test
    void resetAsksNothingAndRemovesNothingWhenTheEngineNeverAnswers() throws IOException {
        Path socket = home.resolve("silent.sock");
        try (ServerSocketChannel server = SilentEngines.silentUnix(socket)) {
            Cli cli = new Cli(home).env("DOCKER_HOST", "unix://" + socket).env("DOCKERNOTES_ENGINE_TIMEOUT", "0.5");
            cli.run("lab", "ch3-containers");
            Cli.Run r = cli.run("lab", "reset", "ch3-containers", "--yes");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("did not answer within 0.5 s");
            assertThat(cli.run("lab", "status").out()).contains("Open lab: ch3-containers");
        }
    }

    @Test
    void theLabNamedBeforeOrAfterTheCommandIsTheOneActedOn() {
        Cli cli = new Cli(home);
        cli.run("lab", "chapter3");
        assertThat(cli.run("lab", "ch1-first-container", "hint").out()).startsWith("Hint 1 of 3 (step 1 of lab ch1-first-container)");
        assertThat(cli.run("lab", "hint", "ch2-engine-api").out()).startsWith("Hint 1 of 3 (step 1 of lab ch2-engine-api)");
        Cli.Run both = cli.run("lab", "ch1-first-container", "hint", "ch3-volumes");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("two labs named: \"ch1-first-container\" and \"ch3-volumes\"");
        Cli.Run status = cli.run("lab", "status");
        assertThat(status.out()).startsWith("Open lab: ch2-engine-api (step 1 of 2)\n");
        assertThat(cli.run("lab", "status", "--json").out()).contains("\"open\" : true");
    }

    @Test
    void withNoLabOpenCheckAndHintSaySoInsteadOfPickingOne() {
        Cli.Run r = new Cli(home).run("lab", "hint");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("dockernotes: no lab is open: open one with: dockernotes lab LAB (labs: ch1-first-container,");
    }

    @Test
    void unknownLabSaysWhichThereAre() {
        Cli.Run r = new Cli(home).run("lab", "nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: no lab or chapter \"nope\" (labs: ch1-first-container, ch2-engine-api,"
                + " ch3-containers, ch3-volumes)\n");
    }
}
