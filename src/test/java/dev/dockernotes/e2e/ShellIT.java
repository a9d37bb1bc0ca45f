package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell in a real terminal (tmux), as a user meets it: Tab, a lookup, a lesson, Ctrl-C, Ctrl-D. */
class ShellIT {
    @TempDir
    Path home;

    private static boolean has(String commandClass) {
        try {
            Class.forName("dev.dockernotes.cli." + commandClass);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private String start() {
        return "env DOCKERNOTES_HOME='" + home + "' TERM=xterm-256color '" + Launcher.SCRIPT + "'";
    }

    @Test
    void aSessionInARealTerminal() throws Exception {
        try (Tmux t = new Tmux().start(100, 30, start())) {
            String screen = t.waitFor("the prompt", s -> s.stripTrailing().endsWith("dockernotes>"));
            assertThat(screen).contains("dockernotes shell: Tab completes", "New here? Start with ");

            // Tab completes a command name.
            boolean explain = has("ExplainCommand");
            t.type(explain ? "expl" : "chap");
            t.waitFor("the typed word", s -> s.stripTrailing().endsWith(explain ? "expl" : "chap"));
            t.keys("Tab");
            t.waitFor("the completed command", s -> s.contains("dockernotes> " + (explain ? "explain" : "chapters")));
            if (explain) {
                t.type("docker stop web").keys("Enter");
                t.waitForText("docker container stop");
                // the whole answer, then the prompt: typing before it races the command's end
                t.waitFor("the prompt after the explanation", s -> s.stripTrailing().endsWith("dockernotes>"));
            } else {
                t.keys("Enter");
                t.waitForText("chapter3  Chapter 3: Images and Containers");
                t.type("show runc").keys("Enter");
                screen = t.waitForText("runc has a single purpose in life");
                t.waitFor("the prompt with the chapter", s -> s.stripTrailing().endsWith("dockernotes chapter2>"));
            }

            // Ctrl-C drops the line being typed; the shell stays.
            t.type("show the-sh");
            t.waitFor("the typed line", s -> s.stripTrailing().endsWith("show the-sh"));
            t.keys("C-c");
            t.waitFor("a fresh prompt under the dropped line", s -> {
                List<String> lines = s.stripTrailing().lines().toList();
                return lines.size() >= 2 && lines.get(lines.size() - 2).endsWith("show the-sh")
                        && lines.get(lines.size() - 1).endsWith(">");
            });
            t.type("topics chapter3").keys("Enter");
            screen = t.waitForText("Images and Containers  chapter-3-images-and-containers");
            assertThat(screen).as("the dropped line never ran").doesNotContain("unknown topic 'the-sh'");

            // Ctrl-C during a lesson returns to the prompt.
            if (has("LearnCommand")) {
                t.waitFor("the prompt", s -> s.stripTrailing().endsWith(">"));
                t.type("learn chapter2").keys("Enter");
                t.waitForText("n next · p previous");
                t.resize(60, 20); // the lesson re-renders to the new width
                t.waitFor("the lesson at 60 columns", s -> s.contains("n next · p previous")
                        && s.contains("Components of Docker Engine") && s.lines().allMatch(l -> l.length() <= 60));
                t.keys("C-c");
                t.waitFor("the prompt after the lesson", s -> s.stripTrailing().endsWith("dockernotes chapter2>"));
            }

            // An unknown word: one line of "did you mean".
            t.waitFor("the prompt", s -> s.stripTrailing().endsWith(">"));
            t.type("shwo runc").keys("Enter");
            t.waitForText("dockernotes: unknown command 'shwo'; did you mean 'show'?");
            t.waitFor("the prompt after the error", s -> s.stripTrailing().endsWith(">"));

            t.keys("C-d");
            assertThat(t.waitForExit()).isZero();
        }
        assertThat(Files.readAllLines(home.resolve("history"))).contains("topics chapter3", "shwo runc")
                .doesNotContain("show the-sh");
    }

    /**
     * Tab on an empty line lists every command with its description: at 200 columns each is its
     * whole first sentence; narrower, a description that does not fit is its first words and "…",
     * never a word cut; at every width the descriptions start in one column and no line runs past it.
     */
    @Test
    void theCompletionListIsAlignedAndCutOnlyBetweenWordsAtEachWidth() throws Exception {
        Map<String, String> whole = null;
        for (int width : new int[] {200, 80, 40}) {
            Map<String, String> shown = new LinkedHashMap<>();
            java.util.Set<Integer> columns = new java.util.TreeSet<>();
            try (Tmux t = new Tmux().start(width, 50, start())) {
                t.waitFor("the prompt", s -> s.stripTrailing().endsWith("dockernotes>"));
                t.keys("Tab");
                String screen = t.waitFor("the list of commands", s -> s.contains("topics ") && s.contains("search "));
                for (String line : screen.lines().toList()) {
                    assertThat(line.length()).as("'%s' at %d columns", line, width).isLessThanOrEqualTo(width);
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([a-z]+) +(\\S.*)$").matcher(line);
                    if (m.matches() && COMMANDS.contains(m.group(1))) {
                        shown.put(m.group(1), m.group(2).strip());
                        columns.add(m.start(2));
                    }
                }
                t.keys("C-d");
                t.waitForExit();
            }
            assertThat(shown.keySet()).as("at %d columns", width).containsAll(COMMANDS);
            assertThat(columns).as("the descriptions' columns at %d columns", width).hasSize(1);
            if (whole == null) {
                whole = shown;
                assertThat(whole.values()).allSatisfy(d -> assertThat(d).doesNotContain("%n", "…").matches(".*[.)]"));
                assertThat(whole).containsEntry("search", "Search the notes.")
                        .containsEntry("exit", "Leave the shell (also quit, Ctrl-D).")
                        .containsEntry("learn", "Read a chapter one section at a time; sections shown are remembered as read.");
                continue;
            }
            for (Map.Entry<String, String> e : shown.entrySet()) {
                String sentence = whole.get(e.getKey());
                String d = e.getValue();
                if (!d.equals(sentence)) {
                    assertThat(d).as("%s at %d columns", e.getKey(), width).endsWith("…");
                    String words = d.substring(0, d.length() - 1);
                    assertThat(sentence).startsWith(words);
                    assertThat(sentence.charAt(words.length())).as("'%s' ends between words", d).isIn(' ', ',', ';', ':', '(');
                }
            }
        }
    }

    private static final List<String> COMMANDS = List.of("chapters", "check", "clear", "exit", "explain", "help", "learn",
            "progress", "quit", "quiz", "search", "shell", "show", "topics");

    @Test
    void aPipedScriptRunsOnADumbTerminal() throws Exception {
        boolean explain = has("ExplainCommand");
        String script = explain ? "explain docker stop\nexit\n" : "show runc\nexit\n";
        dev.dockernotes.testing.Processes.Result r = Launcher.run(home, home, script, "shell");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("dockernotes> " + script.lines().findFirst().orElseThrow() + "\n")
                .contains(explain ? "docker container stop" : "runc has a single purpose in life")
                .doesNotContain("\u001b[", "\r");
    }

    @Test
    void historyComesBackInTheNextSessionAndBangIsLiteral() throws Exception {
        Files.write(home.resolve("history"), java.util.List.of("topics chapter1"));
        try (Tmux t = new Tmux().start(100, 30, start())) {
            t.waitFor("the prompt", s -> s.stripTrailing().endsWith("dockernotes>"));
            t.keys("C-r");
            t.waitForText("bck-i-search");
            t.type("topics");
            t.waitForText("topics chapter1");
            t.keys("Enter");
            t.waitForText("Chapter 1: Docker Fundamentals  chapter-1-docker-fundamentals");
            t.type("!!").keys("Enter");
            t.waitForText("dockernotes: unknown command '!!'");
            t.type("exit").keys("Enter");
            assertThat(t.waitForExit()).isZero();
        }
    }
}
