package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockernotes.errors.DockernotesException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path home;

    private ProgressStore store() {
        return new ProgressStore(home);
    }

    private Path file() {
        return home.resolve("progress.json");
    }

    private List<String> filesInHome() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void missingFileIsEmptyProgressAndCreatesNothing() throws IOException {
        Loaded loaded = store().load();
        Progress p = loaded.progress();
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.lastPlace()).isEmpty();
        assertThat(loaded.notices()).isEmpty();
        assertThat(filesInHome()).isEmpty();
    }

    @Test
    void missingStateFolderIsCreatedOnFirstSave() {
        ProgressStore store = new ProgressStore(home.resolve("a/b/dockernotes"));
        store.update(p -> p.markRead("chapter2", "runc", "runc"));
        assertThat(new ProgressStore(home.resolve("a/b/dockernotes")).load().progress().isRead("runc")).isTrue();
    }

    @Test
    void updateSavesWhatALaterLoadSees() {
        Instant at = Instant.parse("2026-11-28T04:00:00Z");
        store().update(p -> {
            p.markRead("chapter2", "the-shim", "The shim", at);
            p.quiz("ch2-q1").addAttempt(at, true, "docker ps");
            p.quiz("ch2-q1").schedule().due(at.plusSeconds(86400)).intervalDays(1).repetitions(1);
            p.lab("first-container").finish("run");
            p.lab("first-container").useHint("stop");
        });

        Progress p = store().load().progress();
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.isRead("the-shim")).isTrue();
        assertThat(p.isRead("runc")).isFalse();
        assertThat(p.lastPlace()).get().satisfies(m -> {
            assertThat(m.chapter()).isEqualTo("chapter2");
            assertThat(m.topic()).isEqualTo("the-shim");
            assertThat(m.at()).isEqualTo(at);
        });
        QuizRecord q = p.quiz("ch2-q1");
        assertThat(q.attempts()).singleElement().satisfies(a -> {
            assertThat(a.at()).isEqualTo(at);
            assertThat(a.correct()).isTrue();
            assertThat(a.given()).isEqualTo("docker ps");
        });
        assertThat(q.schedule().due()).isEqualTo(at.plusSeconds(86400));
        assertThat(q.schedule().repetitions()).isEqualTo(1);
        assertThat(p.dueReviews(at)).isEmpty();
        assertThat(p.dueReviews(at.plusSeconds(86400))).containsExactly("ch2-q1");
        assertThat(p.lab("first-container").finishedSteps()).containsExactly("run");
        assertThat(p.lab("first-container").hintsUsed("stop")).isEqualTo(1);
    }

    @Test
    void theFileIsVersionedCompactJson() throws IOException {
        store().update(p -> p.markRead("chapter1", "what-is-docker", "What is Docker?"));
        String json = Files.readString(file());
        assertThat(json).startsWith("{\"version\":2,").contains("\"topic\":\"what-is-docker\"").doesNotContain("\n", "  ");
    }

    @Test
    void atomicWriteLeavesNoTemporaryFiles() throws IOException {
        for (int i = 0; i < 5; i++) {
            int n = i;
            store().update(p -> p.markRead("chapter1", "t" + n, "T" + n));
        }
        assertThat(filesInHome()).containsExactly("progress.json", "progress.lock");
        Loaded loaded = store().load();
        assertThat(loaded.progress().readMarks()).hasSize(5);
        assertThat(loaded.notices()).isEmpty();
    }

    @Test
    void corruptFileIsMovedAsideWithANoticeAndProgressStartsFresh() throws IOException {
        Files.writeString(file(), "this is not json");
        ProgressStore store = store();

        Loaded loaded = store.load();

        assertThat(loaded.progress().isEmpty()).isTrue();
        assertThat(Files.exists(file())).isFalse();
        List<String> aside = filesInHome().stream().filter(n -> n.startsWith("progress.json.corrupt-")).toList();
        assertThat(aside).hasSize(1);
        assertThat(Files.readString(home.resolve(aside.get(0)))).isEqualTo("this is not json");
        assertThat(loaded.notices()).singleElement().asString()
                .startsWith("progress file was corrupt (not valid JSON")
                .contains("kept it as " + home.resolve(aside.get(0)))
                .endsWith("started fresh");
        assertThat(store.load().notices()).as("the next load finds no file: nothing to say").isEmpty();
    }

    @Test
    void truncatedFileIsMovedAsideAndTheNextSaveWorks() throws IOException {
        store().update(p -> p.markRead("chapter1", "a", "A"));
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length / 2));
        ProgressStore store = store();

        Loaded saved = store.update(p -> p.markRead("chapter1", "b", "B"));

        Progress p = store().load().progress();
        assertThat(p.isRead("b")).isTrue();
        assertThat(p.isRead("a")).isFalse();
        assertThat(saved.notices()).as("the save that found it says so")
                .singleElement().asString().contains("corrupt").contains("progress.json.corrupt-");
    }

    @Test
    void emptyFileCountsAsCorrupt() throws IOException {
        Files.write(file(), new byte[0]);
        ProgressStore store = store();
        Loaded loaded = store.load();
        assertThat(loaded.progress().isEmpty()).isTrue();
        assertThat(loaded.notices()).singleElement().asString().contains("it is empty");
    }

    @Test
    void wrongShapeCountsAsCorrupt() throws IOException {
        Files.writeString(file(), "{\"version\": 1, \"read\": 42}");
        ProgressStore store = store();
        Loaded loaded = store.load();
        assertThat(loaded.progress().isEmpty()).isTrue();
        assertThat(loaded.notices()).singleElement().asString().contains("unexpected content");
    }

    @Test
    void newerVersionReadsAsNoProgressRefusesEverySaveAndIsLeftByteForByteUntouched() throws IOException {
        byte[] newer = "{\"version\": 3, \"read\": \"a new shape\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), newer);
        ProgressStore store = store();

        Loaded loaded = store.load();
        assertThat(loaded.progress().isEmpty()).isTrue();
        String why = "progress file " + file() + " was written by a newer dockernotes (version 3);"
                + " upgrade dockernotes or move the file away";
        assertThat(loaded.notices()).containsExactly("progress is not being saved: " + why);
        assertThatThrownBy(() -> store.update(p -> p.markRead("chapter1", "a", "A")))
                .isInstanceOf(DockernotesException.class).hasMessage(why);
        Loaded inMemory = store.updateOrNotice(p -> p.markRead("chapter1", "a", "A"));
        assertThat(inMemory.progress().isRead("a")).as("in memory").isTrue();
        assertThat(inMemory.notices()).as("said once").isEmpty();
        assertThat(store.load().notices()).as("said once").isEmpty();
        assertThatThrownBy(store::resetAll).isInstanceOf(DockernotesException.class).hasMessage(why);

        assertThat(Files.readAllBytes(file())).isEqualTo(newer);
        assertThat(filesInHome()).containsExactly("progress.json", "progress.lock");
    }

    @Test
    void aVersionTooLargeForAnIntIsNewerNotCorrupt() throws IOException {
        byte[] newer = "{\"version\": 3000000000, \"read\": []}".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), newer);
        ProgressStore store = store();

        Loaded loaded = store.load();
        assertThat(loaded.progress().isEmpty()).isTrue();
        assertThat(loaded.notices()).singleElement().asString()
                .contains("was written by a newer dockernotes (version 3000000000)");
        assertThatThrownBy(() -> store.update(p -> {})).hasMessageContaining("newer dockernotes (version 3000000000)");
        assertThat(Files.readAllBytes(file())).isEqualTo(newer);
        assertThat(filesInHome()).noneMatch(n -> n.contains("corrupt"));
    }

    @Test
    void unknownFieldsFromANewerMinorVersionAreKept() throws IOException {
        Files.writeString(file(), """
                {"version": 1, "theme": "dark",
                 "read": [{"chapter": "chapter1", "topic": "a", "title": "A", "at": "2026-01-01T00:00:00Z", "seconds": 40}],
                 "quiz": {"q1": {"attempts": [{"at": "2026-01-01T00:00:00Z", "correct": false, "given": "x", "ms": 5}],
                                 "schedule": {"due": "2026-01-02T00:00:00Z", "fsrsVersion": 5}, "tags": ["x"]}},
                 "labs": {"l1": {"finished": ["s1"], "hints": {"s1": 2}, "containerId": "abc"}}}
                """);

        store().update(p -> p.markRead("chapter1", "b", "B"));

        String json = Files.readString(file());
        assertThat(json).contains("\"theme\":\"dark\"", "\"seconds\":40", "\"ms\":5", "\"fsrsVersion\":5",
                "\"tags\"", "\"containerId\":\"abc\"");
        Progress p = store().load().progress();
        assertThat(p.isRead("a")).isTrue();
        assertThat(p.isRead("b")).isTrue();
        assertThat(p.quiz("q1").attempts()).hasSize(1);
        assertThat(p.lab("l1").hintsUsed("s1")).isEqualTo(2);
    }

    @Test
    void fileWithoutVersionIsReadAsVersionOneAndMigrated() throws IOException {
        Files.writeString(file(), "{\"read\": [{\"chapter\": \"chapter1\", \"topic\": \"a\", \"title\": \"A\"}]}");
        Progress p = store().load().progress();
        assertThat(p.isRead("a")).isTrue();
        assertThat(p.version()).isEqualTo(2);
    }

    @Test
    void stateFolderThatCannotBeCreatedGivesAClearMessageAndReadingStillWorks() throws IOException {
        Path aFile = home.resolve("not-a-folder");
        Files.writeString(aFile, "x");
        ProgressStore store = new ProgressStore(aFile.resolve("dockernotes"));

        assertThat(store.load().progress().isEmpty()).isTrue();
        assertThatThrownBy(() -> store.update(p -> p.markRead("chapter1", "a", "A")))
                .isInstanceOf(DockernotesException.class)
                .hasMessage("cannot save progress: " + aFile.resolve("dockernotes") + " is not writable");

        Loaded inMemory = store.updateOrNotice(p -> p.markRead("chapter1", "a", "A"));
        assertThat(inMemory.progress().isRead("a")).isTrue();
        assertThat(inMemory.notices()).containsExactly(
                "progress is not being saved: " + aFile.resolve("dockernotes") + " is not writable");
        assertThat(store.notSavedBecause()).contains(aFile.resolve("dockernotes") + " is not writable");
    }

    @Test
    void readOnlyStateFolderGivesAClearMessageAndReadingStillWorks() throws Exception {
        store().update(p -> p.markRead("chapter1", "a", "A"));
        try (ReadOnlyFolder ro = ReadOnlyFolder.of(home)) {
            ProgressStore store = store();
            Loaded loaded = store.loadToRecord();
            assertThat(loaded.progress().isRead("a")).isTrue();
            assertThat(loaded.notices()).containsExactly("progress is not being saved: " + home + " is not writable");
            assertThat(store.notSavedBecause()).contains(home + " is not writable");
            assertThat(store.loadToRecord().notices()).as("said once while it lasts").isEmpty();
            assertThatThrownBy(() -> store.update(p -> p.markRead("chapter1", "b", "B")))
                    .isInstanceOf(DockernotesException.class)
                    .hasMessage("cannot save progress: " + home + " is not writable");
            assertThat(store.load().progress().isRead("b")).isFalse();
        }
    }

    @Test
    void resetAllKeepsABackupOfTheOldFile() throws IOException {
        store().update(p -> p.markRead("chapter1", "a", "A"));
        String before = Files.readString(file());

        Path backup = store().resetAll().backup().orElseThrow();

        assertThat(backup.getFileName().toString()).startsWith("progress.json.bak-");
        assertThat(Files.readString(backup)).isEqualTo(before);
        assertThat(store().load().progress().isEmpty()).isTrue();
    }

    @Test
    void resetAllWithoutAFileDoesNothing() throws IOException {
        assertThat(store().resetAll().backup()).isEmpty();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void quizSummaryOverOneChaptersQuestions() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Progress p = new Progress();
        p.quiz("ch1-a").addAttempt(t, false, "x");
        p.quiz("ch1-a").addAttempt(t, true, "y");
        p.quiz("ch1-a").schedule().due(t);
        p.quiz("ch1-b").addAttempt(t, false, "z");
        p.quiz("ch2-a").addAttempt(t, true, "w");

        ProgressReport.QuizSummary ch1 = ProgressReport.QuizSummary.of(p, List.of("ch1-a", "ch1-b", "ch1-c"), t);

        assertThat(ch1).isEqualTo(new ProgressReport.QuizSummary(2, 1, 1));
    }

    @Test
    void aSectionReadIsDatedByTheStoresClock() {
        Instant now = Instant.parse("2026-05-06T07:08:09Z");
        ProgressStore store = new ProgressStore(home, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        store.update(p -> p.markRead("chapter2", "runc", "runc"));
        assertThat(store().load().progress().lastPlace()).get().extracting(SectionMark::at).isEqualTo(now);
        assertThat(store.updateOrNotice(p -> p.markRead("chapter2", "shim", "shim")).progress().readMarks())
                .extracting(SectionMark::at).containsExactly(now, now);
    }

    @Test
    void changingASnapshotItHandedOutSavesNothing() throws IOException {
        ProgressStore store = store();
        Progress saved = store.update(p -> p.markRead("chapter1", "a", "A")).progress();
        Progress loaded = store.load().progress();
        saved.markRead("chapter1", "not-saved-1", "X");
        saved.quiz("a").schedule().ease(9);
        loaded.markRead("chapter1", "not-saved-2", "Y");
        store.update(p -> p.markRead("chapter1", "b", "B"));

        assertThat(store.load().progress().readMarks()).extracting(SectionMark::topic).containsExactly("a", "b");
        assertThat(Files.readString(file())).doesNotContain("not-saved", "\"ease\":9");
    }

    @Test
    void aSaveSeesWhatAnotherDockernotesSavedSinceThisOneLastReadTheFile() {
        ProgressStore mine = store();
        ProgressStore other = store();
        mine.update(p -> p.markRead("chapter1", "a", "A"));
        other.update(p -> p.quiz("q1").addAttempt(Instant.parse("2026-01-01T00:00:00Z"), true, "x"));
        mine.update(p -> p.markRead("chapter1", "b", "B"));
        other.update(p -> p.markRead("chapter1", "c", "C"));

        Progress p = mine.load().progress();
        assertThat(p.readMarks()).extracting(SectionMark::topic).containsExactly("a", "b", "c");
        assertThat(p.quizRecords().get("q1").answered()).isEqualTo(1);
    }
}
