package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explain on docker compose and docker buildx lines, as a user runs it: explained like docker's own
 * commands, with one line when the installed docker lacks the plugin, none when it has it or when
 * there is no docker at all; Compose v1's docker-compose points to docker compose.
 */
class ExplainPluginsTest {
    @TempDir
    Path tmp;

    private static void executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A PATH with a docker (that answers nothing) and a docker config folder, HOME elsewhere. */
    private Cli cli(boolean withDocker) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        if (withDocker) {
            executable(bin.resolve("docker"));
        }
        return new Cli(tmp.resolve("home")).env("PATH", bin.toString()).env("HOME", tmp.resolve("user").toString())
                .env("DOCKER_CONFIG", tmp.resolve("docker-config").toString()).env("COLUMNS", "200")
                .env("DOCKERNOTES_NO_INSTALLED_DOCKER", "1");
    }

    @Test
    void explainsComposeLinesWithEveryFlagAndValueAndSaysThePluginIsMissing() throws Exception {
        Cli.Run r = cli(true).run("explain", "docker", "compose", "-f", "compose.yaml", "up", "-d", "web");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("= docker compose up: Create and start containers")
                .contains("-d, --detach: Detached mode: Run containers in the background")
                .contains("the Compose file compose.yaml")
                .contains("the service web (a service of the Compose file)")
                .contains("note: `docker compose` is the Docker Compose plugin, which the docker on this machine does not have installed");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void noNoteWhenThePluginIsInstalled() throws Exception {
        executable(tmp.resolve("docker-config/cli-plugins/docker-buildx"));
        Cli.Run r = cli(true).run("explain", "docker", "buildx", "build", "-t", "app", ".");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("= docker buildx build: Start a build").doesNotContain("note:");
        Cli.Run compose = cli(true).run("explain", "docker", "compose", "ps");
        assertThat(compose.out()).contains("note: `docker compose` is the Docker Compose plugin");
    }

    @Test
    void aPluginInAnExtraFolderOfDocker_sConfigCounts() throws Exception {
        Path extra = tmp.resolve("plugins-elsewhere");
        executable(extra.resolve("docker-compose"));
        Files.createDirectories(tmp.resolve("docker-config"));
        Files.writeString(tmp.resolve("docker-config/config.json"), "{\"cliPluginsExtraDirs\": [\"" + extra + "\"]}");
        assertThat(cli(true).run("explain", "docker", "compose", "up").out()).doesNotContain("note:");
    }

    @Test
    void noNoteWithoutDocker() throws Exception {
        Cli.Run r = cli(false).run("explain", "docker", "compose", "up");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("docker compose up").doesNotContain("note:");
    }

    @Test
    void composeV1PointsToComposeV2() throws Exception {
        Cli.Run r = cli(false).run("explain", "docker-compose", "up", "-d");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("= docker compose up")
                .contains("note: `docker-compose` is Compose v1, which Docker retired in 2023; Compose v2 is the docker CLI plugin: `docker compose up -d`");
    }

    @Test
    void jsonCarriesTheNotes() throws Exception {
        Cli.Run r = cli(true).run("explain", "--json", "docker", "buildx", "build", ".");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"canonical\" : \"docker buildx build\"")
                .contains("\"pluginNotes\" : [ \"`docker buildx` is the Docker Buildx plugin, which the docker on this machine does not have installed\" ]");
    }

    @Test
    void theCommandItselfListsItsFlagsAndSubcommandsAsItsHelpWould() throws Exception {
        Cli.Run r = cli(false).run("explain", "docker", "compose");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage:   docker compose [OPTIONS] COMMAND").contains("--profile stringArray")
                .contains("docker compose up").doesNotContain("--insecure-registry").doesNotContain("docker compose alpha");
    }

    @Test
    void theGraphGroupsComposeLinesUnderTheirCommand() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("ch1.md"), """
                # Compose

                ## Starting

                ```sh
                docker compose up -d
                docker compose -f compose.prod.yaml up --build
                ```

                ## The old way

                ```sh
                docker-compose up -d
                docker buildx build -t app .
                ```
                """);
        Cli.Run r = cli(false).run("--notes", notes.toString(), "graph", "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"id\" : \"cmd:docker compose up\"").contains("\"id\" : \"cmd:docker buildx build\"")
                .doesNotContain("cmd:docker-compose").doesNotContain("cmd:docker compose -f");
        assertThat(r.out().split("\"to\" : \"cmd:docker compose up\"", -1)).hasSize(3); // taught by both sections
    }

    @Test
    void aTrailingBackslashIsTheEndOfTheLine() throws Exception {
        Cli.Run r = cli(false).run("explain", "docker run ubuntu \\");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("= docker container run").contains("image ubuntu");
        assertThat(r.err()).doesNotContain("internal error");
    }

    @Test
    void aHugeArgumentIsEchoedOnlyInPart() throws Exception {
        Cli.Run r = cli(false).run("explain", "a".repeat(100_000));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().length()).isLessThan(400);
        Cli.Run line = cli(false).run("explain", "docker run " + "-i ".repeat(20_000) + "ubuntu");
        assertThat(line.out().length()).isLessThan(40_000);
        assertThat(line.out()).contains("more words");
    }
}
