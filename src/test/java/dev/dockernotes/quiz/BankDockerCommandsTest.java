package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockernotes.notes.NotesLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every docker command line in the question bank (prompts, answers, choices, steps, explanations)
 * is a real command with real flags, as this machine's docker CLI describes them in --help.
 */
class BankDockerCommandsTest {
    private static final Pattern DOCKER = Pattern.compile("(?<![\\w/.-])docker((?: [^\\s;,()]+)+)");
    private static DockerHelp docker;
    private static List<Question> bank;

    @BeforeAll
    static void setUp() {
        assumeTrue(DockerHelp.available(), "docker CLI not found on PATH: skipping the check of docker commands in the bank");
        docker = new DockerHelp();
        bank = QuizLoader.loadBuiltIn(NotesLoader.loadBuiltIn().graph().ids()).questions();
    }

    @Test
    void everyCommandAnswerIsARealCommandWithRealFlags() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Question q : bank) {
            if (q.type() == QuestionType.COMMAND) {
                for (String answer : q.answers()) {
                    problems.addAll(check(q.id(), answer, true));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDockerCommandMentionedInTheTextIsReal() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Question q : bank) {
            List<String> texts = new ArrayList<>(List.of(q.prompt(), q.explanation()));
            q.choices().forEach(c -> texts.add(c.text()));
            texts.addAll(q.steps());
            if (q.type() == QuestionType.FILL_IN) {
                texts.addAll(q.answers());
            }
            for (String text : texts) {
                Matcher m = DOCKER.matcher(text);
                while (m.find()) {
                    problems.addAll(check(q.id(), "docker" + m.group(1), false));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void flagsAskedForInFillInsBelongToTheCommandInThePrompt() {
        List<String> problems = new ArrayList<>();
        for (Question q : bank) {
            if (q.type() == QuestionType.FILL_IN && q.answers().stream().allMatch(a -> a.startsWith("-"))) {
                Matcher m = DOCKER.matcher(q.prompt());
                assertThat(m.find()).as(q.id() + " names its command").isTrue();
                List<String> path = commandPath(List.of(m.group(1).trim().split(" "))).orElseThrow();
                Map<String, Boolean> flags = docker.flags(path).orElseThrow();
                q.answers().stream().filter(a -> !flags.containsKey(a))
                        .forEach(a -> problems.add(q.id() + ": docker " + String.join(" ", path) + " has no flag " + a));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerItselfCatchesMadeUpCommandsAndFlags() {
        assertThat(check("t", "docker container halt web", true)).isNotEmpty();
        assertThat(check("t", "docker container run --background nginx", true)).isNotEmpty();
        assertThat(check("t", "docker container run -dz nginx", true)).isNotEmpty();
        assertThat(check("t", "docker --tlsverify -H tcp://node3:2376 version", true)).isEmpty();
        assertThat(check("t", "docker run --name=web -it ubuntu", true)).isEmpty();
    }

    /**
     * Checks one line: global flags, then the longest real command path, then (for a full command
     * line) every flag. In running text, only the command path and the flags right after it count.
     */
    private static List<String> check(String id, String line, boolean fullLine) {
        List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
        List<String> problems = new ArrayList<>();
        words.remove(0);
        Map<String, Boolean> global = docker.globalFlags();
        while (!words.isEmpty() && words.get(0).startsWith("-")) {
            String flag = words.remove(0).split("=", 2)[0];
            if (!global.containsKey(flag)) {
                problems.add(id + ": `" + line + "`: docker has no global option " + flag);
                return problems;
            }
            if (global.get(flag) && !words.isEmpty() && !line.contains(flag + "=")) {
                words.remove(0);
            }
        }
        Optional<List<String>> path = commandPath(words);
        if (path.isEmpty()) {
            problems.add(id + ": `" + line + "`: not a docker command");
            return problems;
        }
        Map<String, Boolean> flags = docker.flags(path.get()).orElseThrow();
        List<String> rest = words.subList(path.get().size(), words.size());
        for (String w : rest) {
            if (!w.matches("--?[A-Za-z].*")) {
                if (fullLine) {
                    continue;
                }
                break; // running text: the words after the command are prose
            }
            for (String flag : split(w)) {
                if (!flags.containsKey(flag)) {
                    problems.add(id + ": `" + line + "`: docker " + String.join(" ", path.get()) + " has no flag " + flag);
                }
            }
        }
        return problems;
    }

    /** "-it" -> -i, -t; "--name=web" -> --name. */
    private static List<String> split(String word) {
        if (word.startsWith("--")) {
            return List.of(word.split("=", 2)[0]);
        }
        List<String> out = new ArrayList<>();
        for (char c : word.substring(1).toCharArray()) {
            out.add("-" + c);
        }
        return out;
    }

    private static Optional<List<String>> commandPath(List<String> words) {
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            List<String> path = words.subList(0, n);
            if (path.stream().allMatch(w -> w.matches("[a-z][a-z-]*")) && docker.flags(path).isPresent()) {
                return Optional.of(List.copyOf(path));
            }
        }
        return Optional.empty();
    }
}
