package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.GraphBuilder;
import dev.dockernotes.notes.NoteFile;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.TopicGraph;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {
    private static final String NOTES = """
        # Tools

        ## Reference

        - **`kubectl get`** - Lists resources. It accepts a kind.
        - **`kubectl apply`** - Creates or updates resources from a file.
        - **`kubectl delete`** - Removes resources. `kubectl delete` takes names.
        - **Ctrl-C** - Stops the command in the foreground.

        ## Storage

        **Note:** this label is not a term.

        Data outlives a pod when it sits on a **persistent volume** that the cluster provides.
        """;

    private static List<Question> generate(String markdown) {
        TopicGraph graph = GraphBuilder.build(List.of(new NoteFile("notes/tools.md", "tools", markdown)));
        return QuestionGenerator.generate(graph);
    }

    @Test
    void commandReferenceListsGiveWhichCommandQuestions() {
        Question q = generate(NOTES).stream().filter(x -> x.id().equals("gen-cmd-kubectl-delete")).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.prompt()).isEqualTo("Which command does this? \"Removes resources.\"");
        assertThat(q.choices()).extracting(Choice::text).containsExactly("kubectl delete", "kubectl get", "kubectl apply");
        assertThat(q.choices()).filteredOn(Choice::correct).extracting(Choice::text).containsExactly("kubectl delete");
        assertThat(q.topics()).containsExactly("reference");
        assertThat(q.generated()).isTrue();
    }

    @Test
    void theCommandIsMaskedInItsOwnDescription() {
        List<Question> qs = generate("""
            # A
            - **`docker container stop`** - `docker container stop` stops a container.
            - **`docker container rm`** - Removes a container.
            """);
        assertThat(qs.get(0).prompt()).isEqualTo("Which command does this? \"this command stops a container.\"");
    }

    @Test
    void glossaryItemsThatAreNotCommandsGiveFillIns() {
        Question q = generate(NOTES).stream().filter(x -> x.id().equals("gen-term-reference-ctrl-c")).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(QuestionType.FILL_IN);
        assertThat(q.prompt()).isEqualTo("What is described here? \"Stops the command in the foreground.\"");
        assertThat(q.answers()).containsExactly("Ctrl-C");
    }

    @Test
    void boldTermsInSentencesGiveFillInsWithTheTermBlanked() {
        List<Question> qs = generate(NOTES);
        Question q = qs.stream().filter(x -> x.id().equals("gen-term-storage-persistent-volume")).findFirst().orElseThrow();
        assertThat(q.prompt()).isEqualTo("Fill in: Data outlives a pod when it sits on a ____ that the cluster provides.");
        assertThat(q.answers()).containsExactly("persistent volume");
        assertThat(qs).extracting(Question::id).noneMatch(id -> id.contains("note"));
    }

    @Test
    void theBuiltInNotesGiveQuestionsThatCheckCleanly() {
        TopicGraph graph = NotesLoader.loadBuiltIn().graph();
        List<Question> qs = QuestionGenerator.generate(graph);
        assertThat(qs).filteredOn(q -> q.id().startsWith("gen-cmd-")).extracting(q -> q.answers().isEmpty()
                ? q.choices().stream().filter(Choice::correct).findFirst().orElseThrow().text() : "")
                .contains("docker container stop", "docker container ls", "docker container rm");
        assertThat(qs).filteredOn(q -> q.type() == QuestionType.FILL_IN).extracting(q -> q.answers().get(0))
                .contains("Docker Hub", "volumes", "Ctrl-PQ");
        assertThat(qs).extracting(Question::id).doesNotHaveDuplicates();
        AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());
        for (Question q : qs) {
            assertThat(graph.ids()).containsAll(q.topics());
            Presented shown = Presented.of(q, 1, 1, new Random(1));
            assertThat(checker.check(shown, checker.check(shown, "").expected()).correct()).as(q.id()).isTrue();
        }
    }

    @Test
    void aSentenceDefiningTheSectionsSubjectGivesAFillIn() {
        List<Question> qs = generate("""
            # Kubernetes

            ## 2) The Pods

            In short, pods are the smallest units that the cluster schedules. Each has an IP.
            """);
        Question q = qs.stream().filter(x -> x.id().equals("gen-def-2-the-pods")).findFirst().orElseThrow();
        assertThat(q.prompt()).isEqualTo("Fill in: In short, ____ are the smallest units that the cluster schedules.");
        assertThat(q.answers()).containsExactly("pods");
        assertThat(QuestionGenerator.subject("Docker Daemon (dockerd)")).isEqualTo("Docker Daemon");
    }

    @Test
    void aSentenceAboutThisWithoutWhatThisIsGivesNoQuestion() {
        List<Question> qs = generate("""
            # Engine

            ## The Shim

            After runc exits, the shim becomes the parent.

            This decouples the container from the daemon, called **daemonless containers**.

            The shim keeps the streams open. This is known as **stream holding** in these notes.
            """);
        assertThat(qs).extracting(q -> q.answers().isEmpty() ? "" : q.answers().get(0)).doesNotContain("daemonless containers");
        Question held = qs.stream().filter(q -> q.answers().contains("stream holding")).findFirst().orElseThrow();
        assertThat(held.prompt()).isEqualTo("Fill in: The shim keeps the streams open. This is known as ____ in these notes.");
    }

    @Test
    void oneSentenceGivesOneQuestionEvenWithTwoCandidateWords() {
        List<Question> qs = generate("""
            # Docker

            ## 1) The Runtime

            **Low-level runtime** is called runc and is the reference implementation of the OCI spec.
            """);
        assertThat(qs).filteredOn(q -> q.type() == QuestionType.FILL_IN).extracting(q -> q.answers().get(0))
                .containsExactly("Low-level runtime");
    }

    @Test
    void aStatementTheNotesCorrectIsNeverAsked() {
        List<Question> qs = generate("""
            # Engine

            ## The Shim

            Containers survive a daemon restart thanks to **daemonless containers** and the shim.

            > [!WARNING]
            > By default, stopping dockerd stops its containers; they survive only with live restore.

            > [!NOTE]
            > The shim is also called **containerd-shim-runc-v2** on today's Linux hosts.

            ## Reference

            - **`docker container stop`** - Stops a container and puts it in the Exited (0) state.
            - **`docker container start`** - Starts a stopped container.
            - **`docker container rm`** - Deletes a stopped container.

            > [!WARNING]
            > `docker container stop` leaves the process's own exit code, 137 if it was killed.

            ## Keys

            - **`Ctrl-PQ`** - Detaches from any container.
              > [!CAUTION]
              > Only from a container started with -i and -t.
            - **`Ctrl-C`** - Stops the process in the foreground.

            ## Unclear

            - **`docker image ls`** - Lists images.
            - **`docker image rm`** - Removes images.

            > [!IMPORTANT]
            > One of these is out of date.
            """);
        List<String> asked = qs.stream().map(q -> q.prompt() + " " + q.explanation()).toList();
        assertThat(String.join("\n", asked)).doesNotContain("survive", "Exited (0)", "Detaches from any container",
                "containerd-shim-runc-v2", "Lists images", "Removes images");
        assertThat(qs).extracting(Question::id).contains("gen-cmd-docker-container-start", "gen-cmd-docker-container-rm",
                "gen-term-keys-ctrl-c").doesNotContain("gen-cmd-docker-container-stop", "gen-term-keys-ctrl-pq");
        // the corrected command is still a wrong choice elsewhere: only what it says is not asked
        Question start = qs.stream().filter(q -> q.id().equals("gen-cmd-docker-container-start")).findFirst().orElseThrow();
        assertThat(start.choices()).extracting(Choice::text).contains("docker container stop");
    }

    @Test
    void onlyTheFiveAlertKindsAreAlerts() {
        assertThat(QuestionGenerator.generate(GraphBuilder.build(List.of(new NoteFile("notes/q.md", "q", """
            # Q

            ## Quote

            The most common registry is **Docker Hub** for most people.

            > [!TODO] this is just a quote that looks like one.
            """))))).extracting(q -> q.answers().isEmpty() ? "" : q.answers().get(0)).contains("Docker Hub");
    }

    @Test
    void idsAreStableAcrossLoads() {
        assertThat(generate(NOTES)).extracting(Question::id).isEqualTo(generate(NOTES).stream().map(Question::id).toList());
    }
}
