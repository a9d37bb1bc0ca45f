package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.render.Columns;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** learn's text of the built-in notes made at build time: the same to the byte as rendering it, and never stale. */
class PrebuiltLessonsTest {
    @TempDir
    Path home;

    private final AppContext ctx = new AppContext(Environment.system());
    private final TopicGraph graph = ctx.graph(null, new PrintWriter(Writer.nullWriter()));
    private final LessonMarkdown markdown = new LessonMarkdown(graph, ctx.commandNamer(), "dockernotes ");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PrebuiltLessonsTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Test
    void theBuildShipsTheLessonsOfEveryChapterAsRenderingPrintsThem() {
        PrebuiltLessons lessons = PrebuiltLessons.builtIn().orElseThrow(); // made by the build at process-classes
        for (Topic chapter : graph.chapters()) {
            List<Topic> sections = graph.lessonSections(chapter);
            PrebuiltLessons.Chapter c = lessons.chapter(chapter.chapterKey(), sections).orElseThrow();
            for (int i = 0; i < sections.size(); i++) {
                // from any section on: a later section prints the same wherever printing started
                for (int from = 0; from <= i; from++) {
                    assertThat(c.sections().get(i)).as(chapter.chapterKey() + " section " + i + " from " + from)
                            .isEqualTo(LearnCommand.printed(markdown.printed(chapter, sections, i, from), 80, false));
                }
            }
            assertThat(c.finished()).isEqualTo(LearnCommand.render(markdown.finished(chapter), 80, false));
        }
    }

    @Test
    void changedNotesAreRenderedAgainNotServedStale() throws IOException {
        byte[] made = PrebuiltLessons.write(graph, markdown, PrebuiltLessonsTest::resource);
        PrebuiltLessons.Resources same = name -> name.equals(PrebuiltLessons.RESOURCE) ? made : resource(name);
        assertThat(PrebuiltLessons.load(same)).isPresent();

        String edited = NotesLoader.RESOURCE_DIR + NotesLoader.resourceNames(NotesLoader.RESOURCE_DIR, ".md").get(0);
        PrebuiltLessons.Resources changed = name -> {
            if (name.equals(PrebuiltLessons.RESOURCE)) {
                return made;
            }
            byte[] bytes = resource(name);
            if (name.equals(edited)) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                return text.replaceFirst("Docker", "Dokker").getBytes(StandardCharsets.UTF_8); // one letter, same length
            }
            return bytes;
        };
        assertThat(PrebuiltLessons.load(changed)).isEmpty();
    }

    @Test
    void aPipeWithAnotherWidthOrColourIsRenderedNotServedTheEightyColumnText() {
        Cli.Run plain = new Cli(home).run("learn", "chapter1");
        Cli.Run narrow = new Cli(home.resolve("narrow")).env("COLUMNS", "50").run("learn", "chapter1");
        Cli.Run color = new Cli(home.resolve("color")).run("learn", "chapter1", "--color=always");
        assertThat(plain.out()).isNotEqualTo(narrow.out());
        // wrapped to 50 columns (code blocks are never wrapped)
        assertThat(narrow.out().lines().filter(line -> !line.startsWith("    "))).allMatch(line -> Columns.width(line) <= 50);
        assertThat(color.out()).contains("\u001b[");
    }
}
