package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quiz key, answer by answer, as a learner meets it: {@code printf 'ANSWER\n' | dockernotes quiz ID --seed 1 --json}
 * in-process. A row is a question id, an answer and whether it is right. Choices are given by their text
 * (several joined with " + ") and order questions by their steps (joined with " > "); the test turns them
 * into the letters or numbers shown, which it learns from a first run.
 */
class QuizKeyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u00ac', textBlock = """
        ch3-detach-keys       | Ctrl-P Ctrl-Q                                                  | right
        ch3-detach-keys       | Ctrl-PQ                                                        | right
        ch3-detach-keys       | ctrl+p ctrl+q                                                  | right
        ch3-detach-keys       | ^P^Q                                                           | right
        ch3-detach-keys       | Ctrl-P then Ctrl-Q                                             | right
        ch3-detach-keys       | Ctrl-Q Ctrl-P                                                  | wrong
        ch3-detach-keys       | Ctrl-QP                                                        | wrong
        ch3-detach-keys       | Ctrl-C                                                         | wrong
        ch3-detach-flag       | -d                                                             | right
        ch3-detach-flag       | --detach                                                       | right
        ch3-detach-flag       | -D                                                             | wrong
        ch3-detach-flag       | --Detach                                                       | wrong
        ch3-detach-flag       | -t                                                             | wrong
        ch1-containerd-jobs   | Pull images + Manage the lower-level runc instances            | right
        ch1-containerd-jobs   | Pull images + Create the containers' network interfaces + Manage the lower-level runc instances | wrong
        ch2-linux-shim-binary | containerd-shim-runc-v2                                        | right
        ch2-linux-shim-binary | runc                                                           | wrong
        ch3-volume-run        | docker container run -v mydata:/app/data myimage               | right
        ch3-volume-run        | docker run --mount source=mydata,target=/app/data myimage      | right
        ch3-volume-run        | docker run --mount type=volume,src=mydata,dst=/app/data myimage | right
        ch3-volume-run        | docker run -v mydata:/app/data:rw myimage                      | right
        ch3-volume-run        | docker run -v mydata:/app/data:ro myimage                      | wrong
        ch3-volume-run        | docker run -v /mydata:/app/data myimage                        | wrong
        ch3-volume-run        | docker run --mount type=bind,source=mydata,target=/app/data myimage | wrong
        ch3-volume-run        | docker run --mount source=mydata,target=/data myimage          | wrong
        ch3-publish-port      | docker run -d -p 0.0.0.0:8080:80 nginx                         | right
        ch3-publish-port      | docker run -d -p 8080:80/tcp nginx                             | right
        ch3-publish-port      | docker run -d -p 127.0.0.1:8080:80 nginx                       | wrong
        ch3-publish-port      | docker run -d -p 80:8080 nginx                                 | wrong
        ch3-inspect           | docker inspect --type container web                            | right
        ch3-inspect           | docker inspect --type=container web                            | right
        ch3-inspect           | docker inspect web                                             | right
        ch3-inspect           | docker inspect --type image web                                | wrong
        ch1-run-interactive   | docker run -it ubuntu bash                                     | right
        ch1-run-interactive   | docker container run -it ubuntu:latest /bin/bash               | right
        ch1-run-interactive   | docker run -it ubuntu sh                                       | wrong
        ch1-run-interactive   | docker run -it ubuntu /opt/bash                                | wrong
        ch1-exec-shell        | docker exec -it web /bin/bash                                  | right
        ch2-tls-client        | docker --tlsverify -H node3:2376 version                       | right
        ch2-tls-client        | docker --tlsverify -H tcp://node3:2376 version                 | right
        ch2-tls-client        | docker --tlsverify -H tcp://node3 version                      | right
        ch2-tls-client        | docker --tlsverify -H tcp://node3:2375 version                 | wrong
        ch2-tls-client        | docker -H tcp://node3:2376 version                             | wrong
        ch3-volume-create     | docker volume create --name mydata                             | right
        ch3-volume-create     | docker volume create --name=mydata                             | right
        ch3-volume-create     | docker volume create mydata                                    | right
        ch3-volume-create     | docker volume create --name data                               | wrong
        ch2-socket-path       | /var/run/docker.sock                                           | right
        ch2-socket-path       | /run/docker.sock                                               | right
        ch2-socket-path       | unix:///var/run/docker.sock                                    | right
        ch2-socket-path       | unix:///run/docker.sock                                        | right
        ch2-socket-path       | /var/run/docker.socket                                         | wrong
        ch2-socket-path       | /var/run/docker.sok                                            | wrong
        ch2-socket-path       | /var/run/Docker.sock                                           | wrong
        ch2-socket-path       | docker.sock                                                    | wrong
        ch2-default-port      | 2375                                                           | right
        ch2-default-port      | 2376                                                           | wrong
        ch3-registries        | registry                                                       | right
        ch3-registries        | registries                                                     | right
        ch2-daemonless        | daemonless containers                                          | right
        ch2-daemonless        | daemonless container                                           | right
        ch1-containerd-kubernetes | containerd                                                 | right
        ch1-containerd-kubernetes | runc                                                       | wrong
        ch1-low-level-runtime | runc                                                           | right
        ch1-low-level-runtime | containerd                                                     | wrong
        ch2-tls-steps         | Create a CA > Create and sign keys for the daemon > Create and sign keys for the client > Distribute the keys > Configure Docker to use TLS | right
        ch2-tls-steps         | Create a CA > Create and sign keys for the client > Create and sign keys for the daemon > Distribute the keys > Configure Docker to use TLS | right
        ch2-tls-steps         | Create and sign keys for the client > Create a CA > Create and sign keys for the daemon > Distribute the keys > Configure Docker to use TLS | wrong
        ch2-tls-steps         | Create a CA > Create and sign keys for the daemon > Create and sign keys for the client > Configure Docker to use TLS > Distribute the keys | wrong
        ch2-run-order         | The Docker client turns the command into a request to the daemon's API > The daemon calls containerd > containerd converts the image into an OCI bundle and tells runc to create the container > runc sets up namespaces and cgroups with the kernel and starts the container process as its child > runc exits and the shim becomes the container's parent process | right
        ch2-run-order         | The daemon calls containerd > The Docker client turns the command into a request to the daemon's API > containerd converts the image into an OCI bundle and tells runc to create the container > runc sets up namespaces and cgroups with the kernel and starts the container process as its child > runc exits and the shim becomes the container's parent process | wrong
        """)
    void theBuiltInQuizKey(String id, String answer, String verdict) throws Exception {
        JsonNode result = answer(id, answer.strip());
        assertThat(result.get("id").asText()).isEqualTo(id);
        assertThat(result.get("correct").asBoolean()).as(result.toString()).isEqualTo(verdict.strip().equals("right"));
    }

    @Test
    void aWrongAnswerSaysWhyWhereItCan() throws Exception {
        assertThat(answer("ch3-detach-keys", "Ctrl-Q Ctrl-P").get("differences").toString()).contains("the right keys in the wrong order");
        assertThat(answer("ch3-detach-flag", "-D").get("differences").toString()).contains("\\\"-D\\\" is something else");
        assertThat(answer("ch3-volume-run", "docker run -v mydata:/app/data:ro myimage").get("differences").toString())
                .contains("-v is mydata:/app/data:ro here, expected mydata:/app/data");
    }

    @Test
    void oneQuestionIsAskedByItsIdAndAMisspeltIdIsNamed() {
        Cli.Run one = new Cli(home).stdin("-d\n").run("quiz", "ch3-detach-flag");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("Question 1 of 1", "Right.", "Score: 1 of 1 right (100%)");
        Cli.Run typo = new Cli(home).run("quiz", "ch3-detach-flga");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err().strip()).isEqualTo("dockernotes: no topic or question 'ch3-detach-flga'; did you mean question 'ch3-detach-flag'?");
    }

    @Test
    void theOrderQuestionSaysWhichStepsMaySwap() throws Exception {
        Cli.Run run = new Cli(home).env("COLUMNS", "200").stdin("1,2,3,4,5\n").run("quiz", "ch2-tls-steps", "--seed", "1");
        assertThat(run.out()).contains("Create a CA -> (Create and sign keys for the daemon and Create and sign keys for the client,"
                + " in either order) -> Distribute the keys -> Configure Docker to use TLS");
    }

    @ParameterizedTest(name = "{0} teaches: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ch2-daemonless        | only with live restore enabled (dockerd --live-restore
        ch2-shim-duties       | by default, stopping dockerd stops its containers
        ch2-linux-shim-binary | are those of Docker before 18.09
        ch1-containerd-jobs   | It does not create network interfaces
        ch3-detach-keys       | It works for a container started with -i and -t
        ch3-stop-signals      | 137 (128 + 9) if it had to be killed
        ch2-systemd-hosts     | without --tlsverify and its certificates, gives root on the host
        """)
    void theFeedbackTeachesTheCorrectedFacts(String id, String taught) {
        Cli.Run run = new Cli(home).stdin("zzz\n").run("quiz", id, "--seed", "1");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Why: ").contains(taught.strip());
    }

    /** The generated questions of one's own notes follow the same key: Ctrl-P Ctrl-Q for Ctrl-PQ, singular for plural. */
    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
        gen-term-keys-ctrl-pq                 | Ctrl-P Ctrl-Q  | right
        gen-term-keys-ctrl-pq                 | Ctrl-Q Ctrl-P  | wrong
        gen-term-images-image-registries      | image registry | right
        gen-term-images-image-registries      | registries     | wrong
        """)
    void generatedQuestionsFromOwnNotes(String id, String answer, String verdict) throws Exception {
        Path notes = home.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("one.md"), """
            # Keys

            - **`Ctrl-PQ`** - Will detach your shell from the terminal of a container
            - **`Ctrl-C`** - Will stop the process in the foreground

            # Images

            Images get stored in a centralized place called **image registries** on the network.
            """);
        JsonNode result = answer(id, answer.strip(), "--notes", notes.toString());
        assertThat(result.get("correct").asBoolean()).as(result.toString()).isEqualTo(verdict.strip().equals("right"));
    }

    /** One answer to one question, through the piped quiz; choice texts and steps turned into letters and numbers. */
    private JsonNode answer(String id, String answer, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("quiz", id, "--seed", "1", "--json"));
        args.addAll(List.of(more));
        JsonNode first = run("zzz", args).get("results").get(0);
        String typed = answer;
        String type = first.get("type").asText();
        if (type.equals("single") || type.equals("multiple") || type.equals("order")) {
            List<String> shown = new ArrayList<>();
            first.get("shown").forEach(s -> shown.add(s.asText()));
            List<String> picked = List.of(answer.split(type.equals("order") ? " > " : " \\+ "));
            List<String> labels = new ArrayList<>();
            for (String p : picked) {
                int at = shown.indexOf(p.strip());
                assertThat(at).as("\"" + p + "\" among " + shown).isNotNegative();
                labels.add(type.equals("order") ? String.valueOf(at + 1) : String.valueOf((char) ('a' + at)));
            }
            typed = String.join(",", labels);
        }
        return run(typed, args).get("results").get(0);
    }

    private JsonNode run(String stdin, List<String> args) throws Exception {
        Cli.Run run = new Cli(home).stdin(stdin + "\n").run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("results")).as(run.out() + run.err()).hasSize(1);
        return json;
    }
}
