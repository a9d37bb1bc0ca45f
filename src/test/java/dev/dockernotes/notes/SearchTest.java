package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
    private final Search search = Fixtures.builtIn().search();

    private List<String> ids(String query) {
        return search.search(query, 5).stream().map(h -> h.topic().id()).toList();
    }

    @Test
    void theSectionAboutAWordRanksFirst() {
        assertThat(ids("volume")).first().isEqualTo("how-volumes-work");
        assertThat(ids("shim")).first().isEqualTo("the-shim");
        assertThat(ids("port mapping")).first().isEqualTo("port-mappings");
        assertThat(ids("socket")).first().isEqualTo("docker-socket-file");
    }

    @Test
    void caseAndPluralsDoNotMatter() {
        assertThat(ids("VOLUMES")).isEqualTo(ids("volume"));
        assertThat(ids("Registries")).isEqualTo(ids("registry"));
    }

    @Test
    void smallTyposAreForgiven() {
        assertThat(ids("volumme")).first().isEqualTo("how-volumes-work");
        assertThat(ids("contianerd")).contains("containerd");
    }

    @Test
    void nothingMatchesNonsense() {
        assertThat(search.search("xyzzyplugh", 5)).isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        Search.Hit hit = search.search("daemonless", 1).get(0);
        assertThat(hit.topic().id()).isEqualTo("the-shim");
        int[] mark = hit.marks().get(0);
        assertThat(hit.snippet().substring(mark[0], mark[1])).isEqualTo("daemonless");
    }
}
