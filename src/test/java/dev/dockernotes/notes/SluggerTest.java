package dev.dockernotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.junit.jupiter.api.Test;

class SluggerTest {
    private static final List<String> TITLES = List.of(
            "Chapter 2: Docker Engine Architecture", "What About Kubernetes?", "2) Docker Daemon (dockerd)",
            "The Shim", "Docker Images - Deep Dive", "1) Create a CA (Self-Signed Certs)", "Café & Crème",
            "snake_case and CAPS", "日本語の見出し", "", "!!!", "The Shim", "The Shim");

    @Test
    void slugsAreThoseOfTheHeadingAnchorExtension() {
        IdGenerator reference = IdGenerator.builder().defaultId("section").build();
        Slugger slugger = new Slugger();
        for (String title : TITLES) {
            assertThat(slugger.slug(title)).as(title).isEqualTo(reference.generateId(title));
        }
    }

    @Test
    void repeatsAreNumberedFromOne() {
        Slugger slugger = new Slugger();
        assertThat(List.of(slugger.slug("Setup"), slugger.slug("Setup"), slugger.slug("Setup")))
                .containsExactly("setup", "setup-1", "setup-2");
        assertThat(Slugger.plain("Setup")).isEqualTo("setup");
    }

    @Test
    void oddHeadingsGetTheExtensionsSlugsToo() {
        String[] pieces = {"a", "Z", "9", " ", "-", "_", "é", "\u0301", "\u20DD", "\u0903", "\u203F", "\u200C", "\u200D",
            "\uD835\uDC00", "\u216B", "\u00B2", "\u0130", "?", "(", "\t", "\u2014", "\uD835", "ⓐ"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder title = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                title.append(pieces[random.nextInt(pieces.length)]);
            }
            IdGenerator reference = IdGenerator.builder().defaultId("section").build();
            assertThat(Slugger.plain(title.toString())).as(title.toString()).isEqualTo(reference.generateId(title.toString()));
        }
    }
}
