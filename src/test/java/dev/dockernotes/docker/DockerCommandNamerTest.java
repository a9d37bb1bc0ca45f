package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerCommandNamerTest {
    private final DockerCommandNamer namer = new DockerCommandNamer();

    @org.junit.jupiter.api.Test
    void everyDockerCommandInTheBuiltInNotesIsARealCommandWithRealFlags() {
        dev.dockernotes.notes.TopicGraph graph = dev.dockernotes.notes.NotesLoader.loadBuiltIn().graph();
        assertThat(graph.commandUses()).isNotEmpty();
        for (dev.dockernotes.notes.CommandUse use : graph.commandUses()) {
            ParsedCommand parsed = CommandParser.parse(DockerCli.builtIn(), use.text());
            if (parsed.isDocker()) {
                assertThat(parsed.problems()).as(use.topic().id() + ": " + use.text()).isEmpty();
                assertThat(parsed.command()).as(use.text()).isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", textBlock = """
            docker stop web -> docker container stop
            docker container stop <container_name> -> docker container stop
            sudo docker ps -a -> docker container ls
            docker image build -t <name:tag> . -> docker image build
            docker build . -> docker image build
            docker container exec <options> <container_name or id> <command/app to run in the container> -> docker container exec
            docker inspect <container> -> docker inspect
            docker -H tcp://node3:2376 version -> docker version
            docker container -> docker container
            sudo curl --unix-socket /var/run/docker.sock http://localhost/version -> curl
            openssl genrsa -aes256 -out ca-key.pem 4096 -> openssl genrsa
            service docker status -> service docker status
            """)
    void namesCommandLinesCanonically(String line, String name) {
        assertThat(namer.name(line)).contains(name);
    }
}
