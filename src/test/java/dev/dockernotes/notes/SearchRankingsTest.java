package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search gives the rankings, scores, snippets and marks it gave before its index was made compact:
 * a fixed set of queries (exact words, plurals, typos, several words, odd tokens, nonsense) over the
 * built-in notes and the test notes, compared with the answers recorded from the earlier index in
 * src/test/resources/search/. On a difference the answers given are written to target/ to compare.
 */
class SearchRankingsTest {
    static final String[] QUERIES = {
        "volume", "volumes", "VOLUMES", "Volume", "shim", "port mapping", "port mappings", "containerd runc",
        "contaner", "contianerd", "volumme", "tls certificate", "detach", "socket", "docker", "docker.sock",
        "overlay2", "is-active", "registry", "Registries", "image layers", "network bridge", "run -d",
        "daemonless", "restart policy", "container stop", "kill signal", "dockerd", "namespace cgroup",
        "copy on write", "storage driver", "bind mount", "environment variable", "healthcheck", "compose",
        "buildkit", "entrypoint cmd", "exposee", "netwrok", "imagse", "logs", "the", "a", "xyzzyplugh",
        "TLS port", "2375", "the docker daemon listens", "containers images volumes networks",
    };

    @ParameterizedTest
    @ValueSource(strings = {"built-in", "small", "single", "dockerlines", "broken"})
    void theRankingsAreThoseOfTheEarlierIndex(String notes) throws IOException {
        TopicGraph graph = notes.equals("built-in") ? Fixtures.builtIn() : Fixtures.load(notes);
        String actual = answers(graph.search());
        String expected;
        try (InputStream in = SearchRankingsTest.class.getResourceAsStream("/search/rankings-" + notes + ".txt")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "search-rankings-" + notes + ".actual.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual);
        }
        assertThat(actual).as("answers to the fixed queries on %s notes", notes).isEqualTo(expected);
    }

    /**
     * Three copies of the built-in notes, headings renamed as bench/ScaleBench does: copies 2 and 3
     * score alike, so equal scores must come in reading order, as before.
     */
    @Test
    void equalScoresComeInReadingOrderAsBefore(@TempDir Path dir) throws IOException {
        List<Path> chapters;
        try (Stream<Path> s = Files.list(Path.of("notes"))) {
            chapters = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (int copy = 1; copy <= 3; copy++) {
            for (Path chapter : chapters) {
                String text = Files.readString(chapter);
                if (copy > 1) {
                    text = text.replaceAll("(?m)^(#{1,6} .+)$", "$1 (part " + copy + ")");
                }
                Files.writeString(dir.resolve(copy + "-" + chapter.getFileName()), text);
            }
        }
        String actual = answers(NotesLoader.loadFolder(dir).graph().search());
        String expected;
        try (InputStream in = SearchRankingsTest.class.getResourceAsStream("/search/rankings-built-in-x3.txt")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "search-rankings-built-in-x3.actual.txt"), actual);
        }
        assertThat(actual).as("answers to the fixed queries on three copies of the built-in notes").isEqualTo(expected);
    }

    /** Every query's top 10: id, score to 9 places, snippet and the marked words; then the vocabulary. */
    static String answers(Search search) {
        StringBuilder sb = new StringBuilder();
        for (String q : QUERIES) {
            sb.append("? ").append(q).append('\n');
            for (Search.Hit h : search.search(q, 10)) {
                sb.append(h.topic().id()).append(' ').append(String.format(Locale.ROOT, "%.9f", h.score())).append('\n');
                sb.append("  ").append(h.snippet().replace("\n", "\\n")).append('\n');
                sb.append("  marks");
                for (int[] m : h.marks()) {
                    sb.append(' ').append(h.snippet(), m[0], m[1]);
                }
                sb.append('\n');
            }
        }
        TreeSet<String> vocabulary = new TreeSet<>(search.vocabulary());
        sb.append("vocabulary ").append(vocabulary.size()).append('\n');
        vocabulary.forEach(w -> sb.append(w).append('\n'));
        return sb.toString();
    }
}
