package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading progress survives edits to the notes: fixed typos, moved and deleted sections. */
class ReadingTest {
    @TempDir
    Path notes;

    private static final String ORIGINAL = """
            ## Chapter 1: Basics

            ### Containres vs VMs

            Text.

            ### Images

            Text.

            ### Volumes

            Text.
            """;

    private static final String CHAPTER2 = """
            ## Chapter 2: More

            ### Networks

            Text.
            """;

    /** Chapter 1 as given, and chapter 2 (a folder of files: one chapter per file). */
    private TopicGraph graph(String chapter1) throws IOException {
        Files.writeString(notes.resolve("chapter1.md"), chapter1);
        Files.writeString(notes.resolve("chapter2.md"), CHAPTER2);
        return NotesLoader.loadFolder(notes).graph();
    }

    private static Topic chapter(TopicGraph graph) {
        return graph.chapters().get(0);
    }

    private static Progress readAll(TopicGraph graph) {
        Progress p = new Progress();
        for (Topic t : graph.lessonSections(chapter(graph))) {
            p.markRead(t.chapterKey(), t.id(), t.title());
        }
        return p;
    }

    @Test
    void sectionsReadAreCountedPerChapterInReadingOrder() throws IOException {
        TopicGraph graph = graph(ORIGINAL);
        Progress p = new Progress();
        p.markRead("chapter1", "volumes", "Volumes");
        p.markRead("chapter1", "images", "Images");

        Reading r = p.reading(graph);

        assertThat(r.readSections(chapter(graph))).extracting(Topic::id).containsExactly("images", "volumes");
        assertThat(r.firstUnread(chapter(graph))).get().extracting(Topic::id).isEqualTo("containres-vs-vms");
        assertThat(r.isFinished(chapter(graph))).isFalse();
        assertThat(r.lastTopic()).get().extracting(Topic::id).isEqualTo("images");
    }

    @Test
    void aTypoFixedInAHeadingKeepsItsProgress() throws IOException {
        Progress p = readAll(graph(ORIGINAL));

        TopicGraph edited = graph(ORIGINAL.replace("Containres", "Containers"));
        Reading r = p.reading(edited);

        assertThat(edited.topic("containres-vs-vms")).isEmpty();
        assertThat(r.isRead(edited.topic("containers-vs-vms").orElseThrow())).isTrue();
        assertThat(r.isFinished(chapter(edited))).isTrue();
        assertThat(r.unmatched()).isEmpty();
    }

    @Test
    void aDeletedSectionIsIgnoredButKept() throws IOException {
        Progress p = readAll(graph(ORIGINAL));

        TopicGraph edited = graph(ORIGINAL.replace("### Volumes\n\nText.\n", ""));
        Reading r = p.reading(edited);

        assertThat(r.readSections(chapter(edited))).extracting(Topic::id).containsExactly("containres-vs-vms", "images");
        assertThat(r.isFinished(chapter(edited))).isTrue();
        assertThat(r.unmatched()).extracting(SectionMark::topic).containsExactly("volumes");
        assertThat(r.lastTopic()).as("the last place was the deleted section").isEmpty();
        assertThat(r.lastMark()).get().extracting(SectionMark::topic).isEqualTo("volumes");
        assertThat(p.readMarks()).hasSize(3);
    }

    @Test
    void aDifferentSectionWithASimilarlyShortTitleIsNotMistakenForIt() throws IOException {
        Progress p = new Progress();
        p.markRead("chapter1", "imagez-and-more", "Imagez and more");
        TopicGraph graph = graph(ORIGINAL);
        assertThat(p.reading(graph).readTopics()).isEmpty();
    }

    @Test
    void markingAnEditedSectionReadReplacesItsOldMark() {
        Progress p = new Progress();
        p.markRead("chapter1", "containres-vs-vms", "Containers vs VMs");
        p.markRead("chapter1", "containers-vs-vms", "Containers vs VMs");
        assertThat(p.readMarks()).extracting(SectionMark::topic).containsExactly("containers-vs-vms");
    }

    @Test
    void forgettingAChapterByItsResolvedMarks() throws IOException {
        TopicGraph graph = graph(ORIGINAL);
        Progress p = readAll(graph);
        p.markRead("chapter2", "networks", "Networks");

        p.forget(p.reading(graph).marksIn(chapter(graph)));

        assertThat(p.readMarks()).extracting(SectionMark::topic).containsExactly("networks");
        assertThat(p.lastPlace()).get().extracting(SectionMark::topic).isEqualTo("networks");
    }
}
