package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets read as the text below the heading they are printed under. */
class SearchSnippetTest {
    private final Search search = Fixtures.builtIn().search();

    @Test
    void theSnippetStartsWithTheTextNotWithTheHeadingGluedToIt() {
        Search.Hit hit = search.search("socket file", 1).get(0);
        assertThat(hit.topic().id()).isEqualTo("docker-socket-file");
        assertThat(hit.snippet()).doesNotContain("Docker Socket File sudo").doesNotStartWith("Docker Socket File");
    }

    @Test
    void boldWordsKeepTheirPunctuation() {
        Search.Hit hit = search.search("daemonless", 1).get(0);
        assertThat(hit.snippet()).contains("daemonless containers. This").doesNotContain(" .");
        assertThat(hit.marks()).allSatisfy(m ->
                assertThat(hit.snippet().substring(m[0], m[1]).toLowerCase()).isEqualTo("daemonless"));
    }

    @Test
    void aMatchOnlyInTheHeadingShowsTheStartOfTheText() {
        Search.Hit hit = search.search("shim responsibilities", 1).get(0);
        assertThat(hit.topic().id()).isEqualTo("shim-responsibilities");
        assertThat(hit.snippet()).startsWith("Some of the responsibilities");
    }
}
