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
import org.junit.jupiter.params.provider.CsvSource;

/** explain --json in-process: notes that fit the flag's command, value meanings, input that is not docker. */
class ExplainFitsTheCommandTest {
    @TempDir
    Path home;

    private record Result(int exitCode, JsonNode json, String err) {}

    private Result explain(String line) throws Exception {
        List<String> args = new ArrayList<>(List.of("explain", "--json"));
        args.addAll(List.of(line.split(" ")));
        Cli.Run r = new Cli(home).env("DOCKERNOTES_NO_INSTALLED_DOCKER", "1").run(args.toArray(String[]::new));
        return new Result(r.exitCode(), new ObjectMapper().readTree(r.out()), r.err());
    }

    /** The token with this text. */
    private static JsonNode token(Result r, String text) {
        for (JsonNode t : r.json().get("tokens")) {
            if (t.get("text").asText().equals(text)) {
                return t;
            }
        }
        throw new AssertionError("no token " + text + " in " + r.json().get("tokens"));
    }

    private static String meaning(Result r, String text) {
        return token(r, text).get("meaning").asText();
    }

    private static List<String> notes(Result r, String text) {
        List<String> out = new ArrayList<>();
        JsonNode notes = token(r, text).get("notes");
        if (notes != null) {
            notes.forEach(n -> out.add(n.get("text").asText()));
        }
        return out;
    }

    private static List<String> problems(Result r) {
        List<String> out = new ArrayList<>();
        r.json().get("problems").forEach(p -> out.add(p.asText()));
        return out;
    }

    // --- notes attach only to their own command's flag ------------------------------------------

    @Test
    void theStoppedContainersNoteIsShownForDockerContainerLsDashA() throws Exception {
        assertThat(notes(explain("docker ps -a"), "-a")).anyMatch(n -> n.contains("containers in the stopped (Exited) state"));
        assertThat(notes(explain("docker container list -a"), "-a")).anyMatch(n -> n.contains("stopped (Exited) state"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "docker image ls -a|-a", "docker image prune -a|-a", "docker system prune -a|-a", "docker start -a web|-a",
        "docker run -a stdout nginx|-a"})
    void theStoppedContainersNoteIsNotShownForOtherCommandsDashA(String line, String flag) throws Exception {
        Result r = explain(line);
        assertThat(r.exitCode()).isZero();
        assertThat(notes(r, flag)).noneMatch(n -> n.contains("stopped"));
    }

    @Test
    void theDetachNoteIsShownForDockerRunDashD() throws Exception {
        assertThat(notes(explain("docker run -d nginx"), "-d"))
                .anyMatch(n -> n.contains("We use the `-d` flag to tell the container to run in the background."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"docker network create -d bridge net1|-d", "docker service create -d nginx|-d",
        "docker swarm ca -d|-d"})
    void theDetachNoteIsNotShownWhereDashDMeansSomethingElse(String line, String flag) throws Exception {
        assertThat(notes(explain(line), flag)).isEmpty();
    }

    @Test
    void namedVolumeNotesAreNotShownForBindMounts() throws Exception {
        assertThat(notes(explain("docker run -v mydata:/app/data nginx"), "-v"))
                .anyMatch(n -> n.contains("Docker creates a volume on the Docker host"));
        Result bind = explain("docker run -v /host:/ctr nginx");
        assertThat(notes(bind, "-v")).isEmpty();
        assertThat(meaning(bind, "/host:/ctr")).isEqualTo("host folder /host mounted at /ctr in the container");
        Result mount = explain("docker run --mount type=bind,source=/src,target=/app,readonly nginx");
        assertThat(notes(mount, "--mount")).isEmpty();
        assertThat(meaning(mount, "type=bind,source=/src,target=/app,readonly"))
                .isEqualTo("host folder /src mounted at /app in the container (read-only)");
        assertThat(meaning(explain("docker run --mount source=data,target=/d nginx"), "source=data,target=/d"))
                .isEqualTo("volume data mounted at /d in the container");
    }

    // --- values mean something a learner can use -------------------------------------------------

    @Test
    void aFormatIsAGoTemplateWhoseFieldsAreNamed() throws Exception {
        assertThat(meaning(explain("docker ps --format {{.Names}}"), "{{.Names}}"))
                .isEqualTo("a Go template for the output: .Names is the container's names");
        assertThat(meaning(explain("docker images --format table\t{{.Repository}}:{{.Tag}}"), "table\t{{.Repository}}:{{.Tag}}"))
                .isEqualTo("a Go template for the output, as a table with headers: .Repository is the repository; .Tag is the tag");
        assertThat(meaning(explain("docker inspect --format {{.State.Status}} web"), "{{.State.Status}}"))
                .isEqualTo("a Go template for the output: .State.Status is the field State > Status of what is shown");
        assertThat(meaning(explain("docker ps --format json"), "json")).isEqualTo("prints each result as JSON");
    }

    @Test
    void logsTailSinceAndUntil() throws Exception {
        Result r = explain("docker logs --tail 100 --since 42m --until 2013-01-02T13:23:37Z web");
        assertThat(meaning(r, "100")).isEqualTo("only the last 100 lines of the log");
        assertThat(meaning(r, "42m")).isEqualTo("since 42 minutes ago (a duration counted back from now)");
        assertThat(meaning(r, "2013-01-02T13:23:37Z")).isEqualTo("until the date and time 2013-01-02T13:23:37Z");
        assertThat(meaning(explain("docker logs --since 1h30m web"), "1h30m")).startsWith("since 1 hour 30 minutes ago");
        assertThat(meaning(explain("docker logs --since 2024-05-01 web"), "2024-05-01"))
                .isEqualTo("since the date and time 2024-05-01 (your local time zone: no Z or offset given)");
        assertThat(meaning(explain("docker logs --since 1700000000 web"), "1700000000"))
                .isEqualTo("since the Unix timestamp 1700000000 (seconds since 1 January 1970 UTC)");
        assertThat(meaning(explain("docker logs -n all web"), "all")).isEqualTo("all the lines of the log (the default)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no|restart policy no: never restart the container automatically (the default)",
        "always|restart policy always: restart the container whenever it stops; one you stopped yourself starts again when the Docker daemon restarts",
        "unless-stopped|restart policy unless-stopped: like always, except that when the container is stopped (by you or otherwise) it is not restarted, even after the Docker daemon restarts",
        "on-failure|restart policy on-failure: restart the container when it exits with an error (a non-zero exit code); not when the daemon restarts",
        "on-failure:3|restart policy on-failure: restart the container when it exits with an error (a non-zero exit code), at most 3 times; not when the daemon restarts",
        "sometimes|not a restart policy docker knows: use no, on-failure[:max-retries], always or unless-stopped"})
    void restartPolicies(String policy, String expected) throws Exception {
        assertThat(meaning(explain("docker run --restart " + policy + " nginx"), policy)).isEqualTo(expected);
    }

    @Test
    void cpusMemoryAndEnvFile() throws Exception {
        Result r = explain("docker run --cpus 1.5 -m 512m --memory-swap 1g --env-file ./env.list nginx");
        assertThat(meaning(r, "1.5")).isEqualTo("at most 1.5 CPUs' worth of processor time (the container may use any of the host's CPUs)");
        assertThat(meaning(r, "512m")).isEqualTo("memory limit: 512 megabytes");
        assertThat(meaning(r, "1g")).isEqualTo("memory plus swap limit: 1 gigabytes");
        assertThat(meaning(r, "./env.list")).isEqualTo("the file ./env.list of environment variables: one VAR=value a line"
                + " (a VAR alone takes its value from your shell; lines starting with # are comments)");
        assertThat(meaning(explain("docker run -m 100 nginx"), "100")).isEqualTo("memory limit: 100 bytes (no unit given, so bytes)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "host|no network of its own: the container uses the host's network stack, so its ports are the host's (-p is ignored)",
        "none|no networking: the container has only a loopback interface",
        "bridge|the default bridge network (what you get without --network)",
        "container:db|shares the network stack of the container db: the same IP address, ports and localhost",
        "backend|connects the container to the network backend (a network you created; containers on it reach each other by name)"})
    void networkModes(String network, String expected) throws Exception {
        assertThat(meaning(explain("docker run --network " + network + " nginx"), network)).isEqualTo(expected);
    }

    @Test
    void aNameIsWhatTheCommandNames() throws Exception {
        assertThat(meaning(explain("docker run --name web nginx"), "web"))
                .isEqualTo("the container's name: web (use it instead of the ID in later commands)");
        assertThat(meaning(explain("docker service create --name api nginx"), "api"))
                .isEqualTo("the service's name: api (use it in later docker service commands)");
        assertThat(meaning(explain("docker trust key load --name alice key.pem"), "alice"))
                .isEqualTo("the name of the signing key: alice (the default is signer)");
        assertThat(meaning(explain("docker service create --network backend nginx"), "backend"))
                .isEqualTo("attaches the service to the network backend");
        assertThat(meaning(explain("docker network create -d bridge net1"), "bridge"))
                .isEqualTo("Driver to manage the Network: bridge");
    }

    @Test
    void stopsTimeoutIsTheWaitBeforeTheKill() throws Exception {
        assertThat(meaning(explain("docker stop -t 30 web"), "30"))
                .isEqualTo("waits 30 seconds for the container to stop, then kills it (SIGKILL)");
    }

    @Test
    void dockerCpNamesTheContainerAndBothPaths() throws Exception {
        Result out = explain("docker cp web:/etc/hosts .");
        assertThat(meaning(out, "web:/etc/hosts")).isEqualTo("from the container web: the path /etc/hosts inside it");
        assertThat(meaning(out, ".")).isEqualTo("to the current folder on your machine");
        assertThat(token(out, "web:/etc/hosts").get("role").asText()).isEqualTo("source");
        Result in = explain("docker container cp ./site web:/usr/share/nginx/html");
        assertThat(meaning(in, "./site")).isEqualTo("from the path ./site on your machine");
        assertThat(meaning(in, "web:/usr/share/nginx/html")).isEqualTo("to the container web: the path /usr/share/nginx/html inside it");
    }

    @Test
    void anAddressWithOnlyOnePortIsRefusedAsDockerRefusesIt() throws Exception {
        Result r = explain("docker run -p 127.0.0.1:80 nginx");
        assertThat(r.exitCode()).isEqualTo(1);
        String refusal = "docker refuses `127.0.0.1:80`: invalid hostPort: 127.0.0.1 (with an address, give the host port"
                + " too: 127.0.0.1:8080:80, or 127.0.0.1::80 for a random one)";
        assertThat(problems(r)).containsExactly(refusal);
        assertThat(meaning(r, "127.0.0.1:80")).isEqualTo(refusal);
        assertThat(meaning(explain("docker run -p 127.0.0.1:8080:80 nginx"), "127.0.0.1:8080:80"))
                .isEqualTo("host port 8080 on address 127.0.0.1 -> container port 80");
        assertThat(explain("docker run -p 127.0.0.1::80 nginx").exitCode()).isZero();
    }

    // --- input that is not docker ----------------------------------------------------------------

    @Test
    void anotherProgramTheNotesDoNotCoverIsSaidPlainly() throws Exception {
        Result r = explain("kubectl get pods");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.json().get("kind").asText()).isEqualTo("not-found");
        assertThat(problems(r)).containsExactly("`kubectl get pods` is not a docker command, and the notes do not cover `kubectl`");
        assertThat(r.json().get("notes")).isEmpty();
        Cli.Run text = new Cli(home).run("explain", "kubectl", "get", "pods");
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).isEqualTo("dockernotes: `kubectl get pods` is not a docker command, and the notes do not cover `kubectl`\n");
    }

    @Test
    void aCommandLineOfAnotherProgramIsNotReadAsWordsToSearch() throws Exception {
        Result r = explain("ls -la /var/lib/docker");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(problems(r)).containsExactly("`ls -la /var/lib/docker` is not a docker command, and the notes do not cover `ls`");
        assertThat(explain("contaner lifecycle").exitCode()).isZero(); // words of the notes, misspelt, are still searched
    }

    @Test
    void aTypographicDashIsPointedOutAndTheLineReadAsMeant() throws Exception {
        Result r = explain("docker run \u2014name web nginx");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(problems(r)).containsExactly("`\u2014name` looks like `--name` with a typographic dash (\u2014); type two plain hyphens");
        assertThat(token(r, "--name").get("kind").asText()).isEqualTo("flag");
        assertThat(meaning(r, "nginx")).isEqualTo("image nginx (tag latest, the default)");
        assertThat(problems(explain("docker run \u2013it ubuntu")))
                .containsExactly("`\u2013it` looks like `-it` with a typographic dash (\u2013); type a plain hyphen");
        Cli.Run quoted = new Cli(home).run("explain", "docker run \u2014name web nginx");
        assertThat(quoted.exitCode()).isEqualTo(1);
        assertThat(quoted.err()).startsWith("dockernotes: `\u2014name` looks like `--name`");
    }

    // --- concepts --------------------------------------------------------------------------------

    @Test
    void aShortSectionIsShownWhole() throws Exception {
        Result r = explain("runc");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("notes").get(0).get("text").asText())
                .contains("reference implementation of the OCI")
                .endsWith("runc has a single purpose in life \u2014 create containers.");
        Cli.Run text = new Cli(home).run("explain", "runc");
        assertThat(text.out()).contains("  runc has a single purpose in life \u2014 create containers.\n");
    }

    @Test
    void aSectionTitleThatStartsWithDockerIsAConcept() throws Exception {
        Result r = explain("docker socket file");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("kind").asText()).isEqualTo("concept");
        assertThat(r.json().get("notes").get(0).get("text").asText()).contains("On Linux: `/var/run/docker.sock`");
    }
}
