package dev.dockernotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the packages of src/main run one way: no two packages need each other,
 * directly or round about. Reads every source file's imports and fully qualified names (comments and
 * string literals left out) and prints the package graph, so anyone can see it:
 * {@code mvn -q test -Dtest=PackageCyclesTest}.
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BASE = "dev.dockernotes";
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.dockernotes((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfRoundAbout() throws IOException {
        Map<String, Set<String>> graph = graph(SOURCES);
        System.out.println(describe(graph));
        List<Set<String>> cycles = new ArrayList<>(cycles(graph));
        assertThat(cycles).as("packages that depend on each other (see the graph above)").isEmpty();
    }

    @Test
    void theLayersRunOneWay() throws IOException {
        Map<String, Set<String>> graph = graph(SOURCES);
        // Main -> repl -> cli -> tui -> app -> the domain, never back
        assertThat(reaches(graph, "app")).as("app reaches").doesNotContain("tui", "cli", "repl", "");
        assertThat(reaches(graph, "tui")).as("tui reaches").doesNotContain("cli", "repl", "");
        assertThat(reaches(graph, "cli")).as("cli reaches").doesNotContain("repl", "");
        for (String domain : List.of("notes", "render", "quiz", "explain", "progress", "lab", "text", "errors")) {
            assertThat(reaches(graph, domain)).as(domain + " reaches")
                    .doesNotContain("app", "tui", "cli", "repl", "");
        }
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }

    @Test
    void referencesInCommentsAndStringsDoNotCount() {
        String source = """
                package dev.dockernotes.lab;
                import dev.dockernotes.notes.Topic; // dev.dockernotes.cli.Hidden
                /* dev.dockernotes.repl.Shell */
                class X { String s = "dev.dockernotes.tui.Pager"; Object o = dev.dockernotes.text.Controls.visible(""); }
                """;
        assertThat(references(source)).containsExactlyInAnyOrder("notes", "text");
    }

    /** Package (relative to dev.dockernotes, "" for the root) to the packages its sources name. */
    static Map<String, Set<String>> graph(Path sources) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        Path base = sources.resolve(BASE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = base.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> refs = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                references(Files.readString(file)).stream().filter(r -> !r.equals(pkg)).forEach(refs::add);
            }
        }
        return graph;
    }

    /** The packages a source file names, relative to dev.dockernotes. */
    static Set<String> references(String source) {
        String code = withoutCommentsAndStrings(source).replaceFirst("(?m)^package [\\w.]+;", "");
        Set<String> refs = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            refs.add(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
        }
        return refs;
    }

    private static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                i = s.indexOf("*/", i + 2) < 0 ? s.length() : s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                i = s.indexOf("\"\"\"", i + 3) < 0 ? s.length() : s.indexOf("\"\"\"", i + 3) + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != quote) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The groups of two or more packages that reach each other (Tarjan's strongly connected components). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    private static Set<String> reaches(Map<String, Set<String>> graph, String from) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(graph.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (seen.add(p)) {
                todo.addAll(graph.getOrDefault(p, Set.of()));
            }
        }
        return seen;
    }

    private static String describe(Map<String, Set<String>> graph) {
        return "package graph of " + BASE + " (\"(root)\" is Main's package):\n" + graph.entrySet().stream()
                .map(e -> "  " + name(e.getKey()) + " -> " + e.getValue().stream().map(PackageCyclesTest::name)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }
}
