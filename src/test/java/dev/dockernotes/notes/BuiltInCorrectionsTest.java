package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in notes keep the user's words and carry a correction beside each statement a review
 * found wrong: the wrong words stay, the correction names the right fact and its source.
 */
class BuiltInCorrectionsTest {
    private static final TopicGraph GRAPH = NotesLoader.loadBuiltIn().graph();

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
        linux-implementation              | docker-containerd-shim (shim)                  | containerd-shim-runc-v2
        linux-implementation              | docker-runc (runc)                             | runc
        the-shim                          | without impacting running containers           | --live-restore
        the-shim                          | without impacting running containers           | "live-restore": true
        secure-connection                 | Default port: 2375/tcp                         | 2376
        container-commands-reference      | put it in the Exited (0) state                 | 137
        container-commands-reference      | Ctrl-PQ - Will detach your shell               | Ctrl-P then Ctrl-Q
        container-commands-reference      | Ctrl-PQ - Will detach your shell               | -i -t
        1-the-runtime                     | creating network interfaces                    | does not create network interfaces
        1-the-runtime                     | reference implementation of Open Containers    | runtime specification
        1-create-a-ca-self-signed-certs   | ExecStart=/usr/bin/dockerd -H tcp://node3:2376 | -H fd://
        1-create-a-ca-self-signed-certs   | ExecStart=/usr/bin/dockerd -H tcp://node3:2376 | --tlsverify
        common-commands                   | docker image build -t <ubuntu:latest>          | docker image build .
        docker-socket-file                | \\\\pipe\\\\docker_engine                      | \\\\.\\pipe\\docker_engine
        """)
    void eachSeedStatementIsCorrectedBesideTheUsersWords(String topicId, String wrong, String right) {
        Topic topic = GRAPH.topic(topicId).orElseThrow();
        assertThat(topic.text()).as("the user's words are kept").contains(wrong);
        assertThat(topic.corrections()).as("a correction of '" + wrong + "'")
                .anySatisfy(c -> {
                    assertThat(c.statement()).contains(wrong);
                    assertThat(c.text()).contains(right);
                    assertThat(c.source()).isNotBlank();
                });
    }

    @Test
    void everyCorrectionNamesADockerHelpLineOrADocsPage() {
        List<Correction> all = GRAPH.corrections();
        assertThat(all).hasSizeGreaterThanOrEqualTo(14);
        assertThat(all).allSatisfy(c -> assertThat(c.source()).containsAnyOf("--help", "Docker docs", "Docker's blog",
                "Docker Hub", "moby/moby"));
        assertThat(all).allSatisfy(c -> assertThat(c.statement()).as("each corrects a statement").isNotBlank());
        assertThat(GRAPH.problems()).isEmpty();
    }
}
