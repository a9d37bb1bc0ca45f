package dev.dockernotes.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.DockerCommandNamer;
import dev.dockernotes.explain.Explainer.Route;
import dev.dockernotes.notes.GraphBuilder;
import dev.dockernotes.notes.NoteFile;
import dev.dockernotes.notes.TopicGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which explainer the router gives some words to, on small notes of its own. */
class ExplainerRouteTest {
    private static final String NOTES = """
            # Containers

            ## Commands

            - **`docker container stop`** - Will stop a running container
            - **`Ctrl-PQ`** - Will detach your shell from the container

            ```bash
            docker container ls -a   # every container
            openssl genrsa -out key.pem 4096
            ```

            ## Docker Socket File

            The daemon listens on `/var/run/docker.sock`; runc creates the containers.

            # Images

            Images are made of layers.
            """;

    private final TopicGraph graph = GraphBuilder.build(List.of(new NoteFile("notes/c.md", "c", NOTES)));
    private final DockerCli cli = DockerCli.builtIn();
    private final Explainer explainer = new Explainer(graph, new DockerCommandNamer(() -> cli), cli, c -> Map.of());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', textBlock = """
            docker container stop            = DOCKER_COMMAND
            docker stop                      = DOCKER_COMMAND
            docker container                 = DOCKER_COMMAND
            stop                             = DOCKER_COMMAND
            docker                           = DOCKER
            docker stop -t 5 web             = LINE
            docker ps -a | grep web          = LINE
            openssl genrsa -out k.pem 2048   = LINE
            docker contianer stp             = MISREAD_DOCKER
            docker socket file               = DOCKER_TOPIC
            Ctrl-PQ                          = TERM
            ctrl+p ctrl+q                    = TERM
            commands                         = CONCEPT
            runc                             = CONCEPT
            kubectl get pods --all           = NOT_COVERED
            xyzzy                            = NOT_FOUND
            """)
    void wordsGoToTheExplainerForTheirKind(String words, Route route) {
        assertThat(explainer.routeOf(List.of(words.split(" ")))).isEqualTo(route);
    }
}
