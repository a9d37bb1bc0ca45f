package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {
    @TempDir
    Path home;

    private Cli.Run explain(String... words) {
        String[] args = new String[words.length + 1];
        args[0] = "explain";
        System.arraycopy(words, 0, args, 1, words.length);
        return new Cli(home).run(args);
    }

    private JsonNode json(String... words) throws Exception {
        Cli.Run r = explain(words);
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker container stop", "docker stop", "stop", "container stop"})
    void aCommandByAnyNameShowsItsCanonicalFormAliasesNotesAndRelatedCommands(String words) {
        Cli.Run r = explain(words.split(" "));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("docker container stop\n  Stop one or more running containers\n")
                .contains("  Usage:   docker container stop [OPTIONS] CONTAINER [CONTAINER...]\n")
                .contains("  Aliases: docker stop\n")
                .contains("From the notes:\n  Will stop a running container and put it in the Exited (0) state.")
                .contains("\n  CORRECTION: The state is Exited with the process's own exit code, not always\n    0:")
                .contains("show container-commands-reference")
                .contains("docker container stop <container_name>  (Common Commands,\n    show common-commands)")
                .contains("  -t, --timeout int    Seconds to wait before killing the container\n")
                .contains("Related commands:\n  docker container start ", "  docker container kill ", "  docker container rm ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aWholeCommandLineTokenByToken() {
        Cli.Run r = explain("docker", "run", "-it", "-v", "mydata:/app/data", "-p", "8080:80", "-d", "--name", "web",
                "ubuntu:latest", "/bin/bash");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("= docker container run: Create and run a new container from an image")
                .contains("-i, --interactive: Keep STDIN open even if not attached")
                .contains("-t, --tty: Allocate a pseudo-TTY")
                .contains("volume mydata mounted at /app/data in the container")
                .contains("host port 8080 -> container port 80")
                .contains("image ubuntu, tag latest")
                .contains("notes: We use the `-d` flag to tell the container to run")
                .contains("show starting-a-container-in-daemon-mode", "show how-volumes-work", "show port-mappings")
                .contains("[container command]");
    }

    @Test
    void jsonHasTheCanonicalCommandTokensAndSources() throws Exception {
        JsonNode j = json("--json", "docker", "run", "-it", "--name=web", "ubuntu", "bash", "-c", "ls -l");
        assertThat(j.get("canonical").asText()).isEqualTo("docker container run");
        assertThat(texts(j.get("aliases"))).containsExactly("docker run");
        JsonNode it = j.get("tokens").get(2);
        assertThat(it.get("text").asText()).isEqualTo("-it");
        assertThat(it.get("kind").asText()).isEqualTo("flag");
        assertThat(texts(it.get("flags"))).containsExactly("--interactive", "--tty");
        List<String> kinds = new ArrayList<>();
        j.get("tokens").forEach(t -> kinds.add(t.get("text").asText() + ":" + t.get("kind").asText()));
        assertThat(kinds).containsExactly("docker:command", "run:subcommand", "-it:flag", "--name:flag", "web:value",
                "ubuntu:argument", "bash:argument", "-c:argument", "ls -l:argument");
        assertThat(j.get("tokens").get(7).get("role").asText()).isEqualTo("container command argument");
        assertThat(texts(j.get("sources"))).contains("container-commands-reference", "common-commands");
        assertThat(j.get("found").asBoolean()).isTrue();
    }

    @Test
    void jsonForACommand() throws Exception {
        JsonNode j = json("docker", "container", "stop", "--json");
        assertThat(j.get("kind").asText()).isEqualTo("command");
        assertThat(j.get("canonical").asText()).isEqualTo("docker container stop");
        assertThat(texts(j.get("aliases"))).containsExactly("docker stop");
        assertThat(texts(j.get("sources"))).containsExactly("container-commands-reference", "common-commands");
        assertThat(texts(j.get("related"))).startsWith("docker container start", "docker container kill");
        List<String> tokens = new ArrayList<>();
        j.get("tokens").forEach(t -> tokens.add(t.get("text").asText() + ":" + t.get("kind").asText()));
        assertThat(tokens).containsExactly("docker:command", "container:subcommand", "stop:subcommand");
    }

    @Test
    void typosGetTheCommandMeantAndExitOne() throws Exception {
        Cli.Run r = explain("docker", "contianer", "stp");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: `docker contianer stp` is not a docker command; did you mean `docker container stop`?\n");
        JsonNode j = json("--json", "docker", "contianer", "stp");
        assertThat(j.get("suggestion").asText()).isEqualTo("docker container stop");
        assertThat(j.get("found").asBoolean()).isFalse();
    }

    @Test
    void anUnknownFlagIsPointedOut() {
        Cli.Run r = explain("docker", "container", "stop", "--foo", "web");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dockernotes: `--foo` is not a flag of docker container stop\n");
        assertThat(r.out()).contains("not a flag of docker container stop");
    }

    @Test
    void somethingNobodyKnowsIsSaidPlainly() {
        Cli.Run r = explain("xyzzy");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("dockernotes: neither the notes nor docker's commands know `xyzzy`");
        Cli.Run near = explain("contaner");
        assertThat(near.exitCode()).isZero(); // a typo of a topic: search forgives it
    }

    @Test
    void conceptsShowTheirTopicAndRelatedTopics() {
        Cli.Run runc = explain("runc");
        assertThat(runc.exitCode()).isZero();
        assertThat(runc.out()).startsWith("runc  show runc\n").contains("reference implementation of the OCI")
                .contains("Related topics:\n");
        assertThat(explain("shim").out()).startsWith("The Shim  show the-shim\n")
                .contains("Shim Responsibilities  show shim-responsibilities");
        assertThat(explain("overlay2").out()).contains("overlay2");
    }

    @Test
    void keySequencesComeFromTheNotes() {
        for (String keys : List.of("Ctrl-PQ", "ctrl-p ctrl-q", "CTRL+P CTRL+Q")) {
            Cli.Run r = explain(keys.split(" "));
            assertThat(r.exitCode()).as(keys).isZero();
            assertThat(r.out()).as(keys).startsWith("Ctrl-PQ  show container-commands-reference\n")
                    .contains("Will detach your shell from the terminal of a container");
        }
    }

    @Test
    void otherProgramsTheNotesTeach() {
        Cli.Run curl = explain("sudo", "curl", "--unix-socket", "/var/run/docker.sock", "http://localhost/version");
        assertThat(curl.exitCode()).isZero();
        assertThat(curl.out()).contains("connects through this Unix socket instead of a TCP")
                .contains("Using this we could bypass the Docker CLI.").contains("show docker-socket-file");
        assertThat(explain("openssl", "genrsa", "-aes256", "-out", "ca-key.pem", "4096").out())
                .contains("generates an RSA private key").contains("Generating RSA private key");
        assertThat(explain("service", "docker", "status").out()).contains("to check if Docker is running");
        assertThat(explain("systemctl", "edit", "docker").out())
                .contains("You may be able to do this with the `sudo systemctl edit docker` command.");
    }

    @Test
    void pipesAndListsAreExplainedCommandByCommand() throws Exception {
        Cli.Run r = explain("docker ps -a | grep web && docker stop web");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("docker ps -a\n= docker container ls: List containers")
                .contains("|  pipe: the output of the command above is the input of the one below")
                .contains("docker stop web\n= docker container stop: Stop one or more running containers");
        JsonNode j = json("--json", "docker", "ps", "|", "grep", "web");
        assertThat(j.get("commands")).hasSize(2);
        assertThat(j.get("commands").get(0).get("operator").asText()).isEqualTo("|");
    }

    @Test
    void showListsCommandsByTheirCanonicalNames() {
        Cli.Run r = new Cli(home).run("show", "common-commands");
        assertThat(r.out()).contains("docker container stop  explain docker container stop")
                .contains("docker image build  explain docker image build");
    }
}
