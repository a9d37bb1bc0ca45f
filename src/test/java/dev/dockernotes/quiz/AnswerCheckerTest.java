package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {
    private final AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());

    private static Question command(String... answers) {
        return new Question("c", QuestionType.COMMAND, "p", null, null, List.of(answers), null, null, "e", List.of("runc"), false, "t");
    }

    private Verdict answer(Question q, List<Integer> order, String given) {
        return checker.check(new Presented(q, 1, 1, order), given);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        docker container stop web                        | docker stop web
        docker container ls -a                           | docker ps -a
        docker container ls -a                           | docker container ls --all
        docker container run -it ubuntu:latest /bin/bash | docker run -i -t ubuntu /bin/bash
        docker container run -it ubuntu:latest /bin/bash | docker run -ti ubuntu:latest /bin/bash
        docker container run -d --name web nginx         | docker run --name=web -d nginx
        docker container run -d --name web nginx         | docker run --detach --name "web" nginx
        docker container run -d -p 8080:80 nginx        | docker run -p 8080:80 -d nginx
        docker container start <container>               | docker start db
        docker image build -t myapp:1.0 .                | docker build --tag myapp:1.0 .
        docker container rm web                          | docker rm web
        """)
    void commandsThatMeanTheSameAreRight(String expected, String given) {
        Verdict v = answer(command(expected), List.of(), given);
        assertThat(v.correct()).as(v.notes().toString()).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
        docker container run -d --name web nginx | docker run --name web nginx                | missing -d
        docker container stop web                | docker rm web                              | docker container rm
        docker container ls -a                   | docker ps                                  | -a
        docker container run -d -p 8080:80 nginx | docker run -d -p 80:8080 nginx             | 8080:80
        docker volume create mydata              | docker volume create data                  | mydata
        docker container stop web                | docker stp web                             | stp
        """)
    void commandsThatDifferSayWhat(String expected, String given, String mentioned) {
        Verdict v = answer(command(expected), List.of(), given);
        assertThat(v.correct()).isFalse();
        assertThat(String.join("\n", v.notes())).contains(mentioned);
    }

    @Test
    void anyAcceptedAlternativeIsRight() {
        Question q = command("docker container exec -it web bash", "docker container exec -it web /bin/bash");
        assertThat(answer(q, List.of(), "docker exec -it web /bin/bash").correct()).isTrue();
        // docker inspect is its own command (any object), not an alias: a question lists it when it will do
        assertThat(answer(command("docker container inspect web"), List.of(), "docker inspect web").correct()).isFalse();
        assertThat(answer(command("docker container inspect web", "docker inspect web"), List.of(), "docker inspect web")
                .correct()).isTrue();
    }

    private static Question fillIn(List<String> answers, List<String> rejects) {
        return new Question("f", QuestionType.FILL_IN, "p", null, null, answers, null, rejects, "e", List.of("runc"), false, "t");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        containerd      | true
        ContainerD      | true
        ' containerd. ' | true
        `containerd`    | true
        contianerd      | true
        containrd       | true
        container       | false
        runc            | false
        cntnrd          | false
        ''              | false
        """)
    void fillInForgivesCaseAndSmallTyposButNotANearMissThatIsAnotherThing(String given, boolean right) {
        Question q = fillIn(List.of("containerd"), List.of("container"));
        assertThat(answer(q, List.of(), given).correct()).isEqualTo(right);
    }

    @Test
    void fillInWithNumbersMustBeExact() {
        Question q = fillIn(List.of("2375", "2375/tcp"), List.of());
        assertThat(answer(q, List.of(), "2375/TCP").correct()).isTrue();
        assertThat(answer(q, List.of(), "2376").correct()).isFalse();
    }

    @Test
    void aTypoIsAcceptedWithTheRightSpelling() {
        Verdict v = answer(fillIn(List.of("daemonless"), List.of()), List.of(), "deamonless");
        assertThat(v.correct()).isTrue();
        assertThat(v.notes()).containsExactly("accepted; it is spelled \"daemonless\"");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Ctrl-PQ              | Ctrl-P Ctrl-Q        | true
        Ctrl-PQ              | ctrl-p, ctrl-q       | true
        Ctrl-PQ              | Ctrl+P followed by Ctrl+Q | true
        Ctrl-PQ              | Control-P Control-Q  | true
        Ctrl-P Ctrl-Q        | ^P^Q                 | true
        Ctrl-P Ctrl-Q        | Ctrl-PQ              | true
        Ctrl-P Ctrl-Q        | Ctrl-Q Ctrl-P        | false
        Ctrl-P Ctrl-Q        | Ctrl-P               | false
        Ctrl-P Ctrl-Q        | Ctrl-P Ctrl-Q Ctrl-Q | false
        -d                   | -d                   | true
        -d                   | -D                   | false
        --detach             | --DETACH             | false
        --detach             | --detahc             | false
        /var/run/docker.sock | /run/docker.sock     | true
        /var/run/docker.sock | unix:///var/run/docker.sock | true
        /var/run/docker.sock | `/var/run/docker.sock` | true
        /var/run/docker.sock | /var/run/docker.socket | false
        /var/run/docker.sock | /var/run/docker.sok  | false
        /var/run/docker.sock | /VAR/RUN/DOCKER.SOCK | false
        image registries     | image registry       | true
        image registries     | Image Registries.    | true
        registry             | registries           | true
        volumes              | volume               | true
        daemonless           | daemonles            | true
        """)
    void fillInsAreComparedAsWhatTheyAre(String accepted, String given, boolean right) {
        assertThat(answer(fillIn(List.of(accepted), List.of()), List.of(), given).correct()).isEqualTo(right);
    }

    @Test
    void aHugePastedAnswerIsSimplyWrong() {
        String huge = "container ".repeat(200_000);
        assertThat(answer(fillIn(List.of("containerd"), List.of()), List.of(), huge).correct()).isFalse();
        assertThat(answer(fillIn(List.of("Ctrl-PQ"), List.of()), List.of(), "ctrl-p ".repeat(100_000)).correct()).isFalse();
    }

    @Test
    void keysInTheWrongOrderSaySo() {
        Verdict v = answer(fillIn(List.of("Ctrl-PQ"), List.of()), List.of(), "Ctrl-Q Ctrl-P");
        assertThat(v.correct()).isFalse();
        assertThat(v.notes()).containsExactly("the right keys in the wrong order");
    }

    @Test
    void aPluralDoesNotMakeANearMissRight() {
        Question q = fillIn(List.of("containerd"), List.of("container"));
        assertThat(answer(q, List.of(), "containers").correct()).isFalse();
        assertThat(answer(q, List.of(), "containers").notes()).containsExactly("\"containers\" is something else");
    }

    private static Question swappableOrder() {
        return new Question("o", QuestionType.ORDER, "p", null, null, null,
                List.of("create a CA", "daemon keys", "client keys", "distribute"), null, List.of(List.of(1, 2)), "e",
                List.of("runc"), false, "t");
    }

    @Test
    void stepsThatMaySwapAreRightEitherWay() {
        List<Integer> shown = List.of(0, 1, 2, 3); // shown in the written order, to keep the numbers readable
        assertThat(answer(swappableOrder(), shown, "1,2,3,4").correct()).isTrue();
        assertThat(answer(swappableOrder(), shown, "1,3,2,4").correct()).isTrue();
        Verdict wrong = answer(swappableOrder(), shown, "2,1,3,4");
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.notes()).containsExactly("step 1 is \"create a CA\" (1), not 2", "2 of 4 in the right place");
        assertThat(wrong.rightAnswer()).isEqualTo("create a CA -> (daemon keys and client keys, in either order) -> distribute");
        Verdict late = answer(swappableOrder(), shown, "1,4,2,3");
        assertThat(late.notes()).containsExactly("step 2 is one of \"daemon keys\" (2) or \"client keys\" (3), not 4",
                "2 of 4 in the right place");
    }

    private static Question order() {
        return new Question("o", QuestionType.ORDER, "p", null, null, null,
                List.of("docker run", "dockerd", "containerd", "runc"), null, "e", List.of("runc"), false, "t");
    }

    @Test
    void orderIsTheShownNumbersInTheRightOrder() {
        // shown as: 1. containerd  2. runc  3. docker run  4. dockerd
        List<Integer> shown = List.of(2, 3, 0, 1);
        assertThat(answer(order(), shown, "3,4,1,2").correct()).isTrue();
        assertThat(answer(order(), shown, "3 4 1 2").correct()).isTrue();
        assertThat(answer(order(), shown, "3412").correct()).isTrue();
        Verdict wrong = answer(order(), shown, "3,1,4,2");
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.expected()).isEqualTo("3,4,1,2");
        assertThat(wrong.rightAnswer()).isEqualTo("docker run -> dockerd -> containerd -> runc");
        assertThat(wrong.notes()).containsExactly("step 2 is \"dockerd\" (4), not 1", "2 of 4 in the right place");
    }

    @Test
    void orderNeedsEveryNumberOnce() {
        List<Integer> shown = List.of(2, 3, 0, 1);
        assertThat(checker.problemWith(new Presented(order(), 1, 1, shown), "3,4,1")).isPresent();
        assertThat(checker.problemWith(new Presented(order(), 1, 1, shown), "3,3,1,2")).isPresent();
        assertThat(answer(order(), shown, "3,3,1,2").correct()).isFalse();
    }

    private static Question multiple() {
        return new Question("m", QuestionType.MULTIPLE, "p", List.of(new Choice("keeps streams open", true),
                new Choice("pulls images", false), new Choice("reports exit status", true)), null, null, null, null, "e",
                List.of("runc"), false, "t");
    }

    @Test
    void multipleSelectNeedsExactlyTheRightLetters() {
        List<Integer> shown = List.of(0, 1, 2);
        assertThat(answer(multiple(), shown, "a,c").correct()).isTrue();
        assertThat(answer(multiple(), shown, "c a").correct()).isTrue();
        assertThat(answer(multiple(), shown, "AC").correct()).isTrue();
        Verdict partial = answer(multiple(), shown, "a");
        assertThat(partial.correct()).isFalse();
        assertThat(partial.notes()).containsExactly("missing c) reports exit status");
        Verdict extra = answer(multiple(), shown, "a,b,c");
        assertThat(extra.notes()).containsExactly("b) pulls images is not right");
        assertThat(extra.expected()).isEqualTo("a,c");
    }

    @Test
    void singleChoiceLettersFollowTheShownOrder() {
        Question q = new Question("s", QuestionType.SINGLE, "p", List.of(new Choice("runc", true),
                new Choice("containerd", false)), null, null, null, null, "e", List.of("runc"), false, "t");
        List<Integer> shown = List.of(1, 0); // a) containerd b) runc
        assertThat(answer(q, shown, "b").correct()).isTrue();
        assertThat(answer(q, shown, "B").correct()).isTrue();
        assertThat(answer(q, shown, "a").correct()).isFalse();
        assertThat(answer(q, shown, "a").rightAnswer()).isEqualTo("b) runc");
        assertThat(answer(q, shown, "a,b").correct()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"t,true", "true,true", "yes,true", "Y,true", "f,false", "FALSE,false", "no,false"})
    void trueFalseTakesTheUsualSpellings(String given, boolean meaning) {
        Question q = new Question("t", QuestionType.TRUE_FALSE, "p", null, true, null, null, null, "e", List.of("runc"), false, "t");
        assertThat(answer(q, List.of(), given).correct()).isEqualTo(meaning);
    }
}
