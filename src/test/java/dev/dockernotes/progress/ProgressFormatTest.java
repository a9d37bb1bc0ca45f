package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the progress file holds and how: bounded, compact, migrated, private, and forgiving. */
class ProgressFormatTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path home;

    private ProgressStore store() {
        return new ProgressStore(home);
    }

    private Path file() {
        return home.resolve("progress.json");
    }

    /** Parses with duplicate keys as an error, as a strict JSON reader would. */
    private static JsonNode strict(String json) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return m.readTree(json);
    }

    @Test
    void perQuestionHistoryKeepsTotalsAndOnlyTheLastFewAttempts() {
        store().update(p -> {
            for (int i = 0; i < 20; i++) {
                p.quiz("q1").addAttempt(T.plusSeconds(i), i % 4 != 0, "answer " + i);
            }
        });
        QuizRecord r = store().load().progress().quiz("q1");
        assertThat(r.answered()).isEqualTo(20);
        assertThat(r.correctCount()).isEqualTo(15);
        assertThat(r.attempts()).hasSize(QuizRecord.KEPT_ATTEMPTS)
                .extracting(Attempt::given).containsExactly("answer 15", "answer 16", "answer 17", "answer 18", "answer 19");
        assertThat(r.lastAttempt()).get().extracting(Attempt::at).isEqualTo(T.plusSeconds(19));
    }

    @Test
    void theFileStopsGrowingWithMoreAnswersToTheSameQuestions() throws IOException {
        store().update(p -> {
            for (int i = 0; i < 100; i++) {
                p.quiz("q" + (i % 10)).addAttempt(T.plusSeconds(i), true, "docker container ls");
            }
        });
        long after100 = Files.size(file());
        store().update(p -> {
            for (int i = 0; i < 10_000; i++) {
                p.quiz("q" + (i % 10)).addAttempt(T.plusSeconds(1000 + i), true, "docker container ls");
            }
        });
        assertThat(Files.size(file())).as("100 answers: %d bytes", after100).isLessThan(after100 + 200);
    }

    @Test
    void aLongAnswerIsCutWhenStored() {
        store().update(p -> p.quiz("q1").addAttempt(T, false, "x".repeat(100_000)));
        assertThat(store().load().progress().quiz("q1").lastAttempt().orElseThrow().given()).hasSize(Attempt.MAX_GIVEN + 1).endsWith("…");
    }

    @Test
    void aFileSavedTwiceHasNoDuplicateKeyAndNoEmptyFlag() throws IOException {
        store().update(p -> p.markRead("chapter1", "a", "A"));
        store().resetAll();
        store().update(p -> p.markRead("chapter1", "b", "B"));
        store().update(p -> p.markRead("chapter1", "c", "C"));
        String json = Files.readString(file());
        assertThat(strict(json).has("empty")).isFalse();
        assertThat(json).doesNotContain("\"empty\"");
    }

    @Test
    void aVersionOneFileIsMigratedTotalsCountedHistoryCutAndItsEmptyFlagDropped() throws IOException {
        StringBuilder attempts = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            attempts.append(i == 0 ? "" : ",").append("{\"at\": \"2026-01-01T00:00:0").append(i)
                    .append("Z\", \"correct\": ").append(i < 5).append(", \"given\": \"g").append(i).append("\"}");
        }
        Files.writeString(file(), """
                {
                  "version" : 1,
                  "read" : [ {"chapter": "chapter1", "topic": "a", "title": "A", "at": "2026-01-01T00:00:00Z"} ],
                  "quiz" : { "q1" : { "attempts" : [ %s ], "schedule" : {"due": "2026-01-02T00:00:00Z", "intervalDays": 1.0} } },
                  "labs" : { },
                  "empty" : false,
                  "empty" : false
                }
                """.formatted(attempts));

        Loaded loaded = store().load();
        Progress p = loaded.progress();
        assertThat(loaded.notices()).isEmpty();
        assertThat(p.version()).isEqualTo(2);
        QuizRecord q = p.quiz("q1");
        assertThat(q.answered()).isEqualTo(8);
        assertThat(q.correctCount()).isEqualTo(5);
        assertThat(q.attempts()).extracting(Attempt::given).containsExactly("g3", "g4", "g5", "g6", "g7");
        assertThat(q.schedule().due()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));

        store().update(x -> {});
        JsonNode saved = strict(Files.readString(file()));
        assertThat(saved.get("version").asInt()).isEqualTo(2);
        assertThat(saved.has("empty")).isFalse();
        assertThat(saved.at("/quiz/q1/answered").asInt()).isEqualTo(8);
        assertThat(saved.at("/quiz/q1/right").asInt()).isEqualTo(5);
        assertThat(saved.at("/quiz/q1/attempts")).hasSize(5);
        assertThat(saved.at("/read/0/topic").asText()).isEqualTo("a");
    }

    @Test
    void aValidFileWithAHugeUnknownStringIsReadAndTheStringKept() throws IOException {
        String huge = "x".repeat(25 * 1024 * 1024);
        Files.writeString(file(), "{\"version\":2,\"read\":[{\"chapter\":\"chapter1\",\"topic\":\"a\",\"title\":\"A\"}],"
                + "\"journal\":\"" + huge + "\"}");
        ProgressStore store = store();
        Loaded loaded = store.load();
        assertThat(loaded.progress().isRead("a")).isTrue();
        assertThat(loaded.notices()).isEmpty();

        store.update(p -> p.markRead("chapter1", "b", "B"));
        assertThat(Files.size(file())).isGreaterThan(huge.length());
        try (Stream<Path> s = Files.list(home)) {
            assertThat(s.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.contains("corrupt"));
        }
    }

    @Test
    void anyValueInAScheduleLoadsAndOddTimestampsDoNotCostTheFile() throws IOException {
        Files.writeString(file(), """
                {"version": 2, "quiz": {
                  "q1": {"answered": 40, "right": 40, "attempts": [{"at": 99999999999999999999999, "correct": true, "given": "x"}],
                         "schedule": {"due": "+1000000000-12-31T23:59:59Z", "intervalDays": 2e300, "ease": "lots",
                                      "repetitions": 1e40, "lapses": -3, "stability": "NaN", "plan": [1, 2]}},
                  "q2": {"schedule": {"due": 1e999, "intervalDays": null, "ease": {"x": 1}}},
                  "q3": {"schedule": "tomorrow"}}}
                """);
        ProgressStore store = store();
        Loaded loaded = store.load();
        Progress p = loaded.progress();
        assertThat(loaded.notices()).isEmpty();
        Schedule s1 = p.quiz("q1").schedule();
        assertThat(s1.intervalDays()).isEqualTo(2e300);
        assertThat(s1.ease()).isEqualTo(2.5);
        assertThat(s1.repetitions()).isEqualTo(Integer.MAX_VALUE);
        assertThat(s1.lapses()).isZero();
        assertThat(s1.due()).isEqualTo(Instant.parse("+1000000000-12-31T23:59:59Z"));
        assertThat(p.quiz("q1").lastAttempt().orElseThrow().at()).isNull();
        assertThat(p.quiz("q2").schedule().due()).isNull();
        assertThat(p.quiz("q3").hasSchedule()).isFalse();

        store.update(x -> {});
        assertThat(Files.readString(file())).contains("\"plan\":[1,2]");
    }

    @Test
    void theFoldersItCreatesAndItsFilesAreForTheUserOnly() throws IOException {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path state = home.resolve("a/b/dockernotes");
        new ProgressStore(state).update(p -> p.markRead("chapter1", "a", "A"));
        new ProgressStore(state).updateOrNotice(p -> p.markRead("chapter1", "b", "B"));

        for (Path dir : List.of(home.resolve("a"), home.resolve("a/b"), state)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString()).isEqualTo("rwx------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("progress.lock")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("progress.json")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).as("a folder it did not create is left as it was")
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void aLockFileFromAnOlderDockernotesIsMadePrivate() throws IOException {
        Path lock = Files.createFile(home.resolve("progress.lock"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        store().update(p -> p.markRead("chapter1", "a", "A"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
    }

    @Test
    void aSymlinkedProgressFileIsWrittenThroughAndStaysALink() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("dotfiles"));
        Path real = elsewhere.resolve("my-progress.json");
        Path state = Files.createDirectories(home.resolve("state"));
        Files.createSymbolicLink(state.resolve("progress.json"), Path.of("../dotfiles/my-progress.json"));

        new ProgressStore(state).update(p -> p.markRead("chapter1", "a", "A"));
        new ProgressStore(state).update(p -> p.markRead("chapter1", "b", "B"));

        assertThat(Files.isSymbolicLink(state.resolve("progress.json"))).isTrue();
        assertThat(Files.readString(real)).contains("\"topic\":\"a\"", "\"topic\":\"b\"");
        assertThat(new ProgressStore(state).load().progress().isRead("b")).isTrue();
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertThat(s.map(Path::getFileName).map(Path::toString)).containsExactly("my-progress.json");
        }
    }

    @Test
    void answersKeptAsideAreMergedOnceEvenIfAMergeWasCutShort() throws IOException {
        store().update(p -> p.quiz("q1").addAttempt(T, true, "a"));
        Progress before = store().load().progress();
        Progress after = store().load().progress();
        after.quiz("q1").addAttempt(T.plusSeconds(60), false, "b");
        after.quiz("q2").addAttempt(T.plusSeconds(61), true, "c");
        after.markRead("chapter1", "s1", "S1", T.plusSeconds(62));
        Progress added = Progress.added(before, after);
        String pending = new String(ProgressWriter.write(added), StandardCharsets.UTF_8);
        Path aside = Files.writeString(home.resolve(ProgressStore.PENDING_PREFIX + "000000000000001-x.json"), pending);

        assertThat(store().load().progress().quiz("q1").answered()).as("a load includes it").isEqualTo(2);
        store().update(p -> {});
        assertThat(Files.exists(aside)).as("merged and deleted").isFalse();
        Files.writeString(aside, pending); // as if the merge had stopped before deleting it
        store().update(p -> {});

        Progress p = store().load().progress();
        assertThat(p.quiz("q1").answered()).isEqualTo(2);
        assertThat(p.quiz("q1").correctCount()).isEqualTo(1);
        assertThat(p.quiz("q2").answered()).isEqualTo(1);
        assertThat(p.isRead("s1")).isTrue();
        assertThat(p.lastPlace()).get().extracting(SectionMark::topic).isEqualTo("s1");
    }
}
