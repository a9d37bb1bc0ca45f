package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written by the dockernotes before this one (Jackson databind; see src/test/resources/progress):
 * they load with everything in them, and saving them again writes the same bytes.
 */
class ProgressFilesFromDatabindTest {
    @TempDir
    Path home;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ProgressFilesFromDatabindTest.class.getResourceAsStream("/progress/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private ProgressStore storeWith(String name) throws IOException {
        Files.write(home.resolve(ProgressStore.FILE_NAME), fixture(name));
        return new ProgressStore(home);
    }

    @ParameterizedTest
    @ValueSource(strings = {"written-by-databind.json", "unknown-fields-by-databind.json", "empty-by-databind.json"})
    void aFileLoadedAndSavedUnchangedIsWrittenByteForByteAsBefore(String name) throws IOException {
        ProgressStore store = storeWith(name);
        assertThat(store.update(p -> {}).notices()).isEmpty();
        assertThat(Files.readString(home.resolve(ProgressStore.FILE_NAME))).isEqualTo(new String(fixture(name), "UTF-8"));
    }

    @Test
    void everythingTheOldCodeWroteLoads() throws IOException {
        ProgressStore store = storeWith("written-by-databind.json");
        Loaded loaded = store.load();
        Progress p = loaded.progress();
        assertThat(loaded.notices()).isEmpty();

        assertThat(p.readMarks()).extracting(SectionMark::topic).containsExactly("what-is-docker", "the-shim", "runc");
        SectionMark shim = p.readMarks().get(1);
        assertThat(shim.title()).isEqualTo("The shim \"containerd-shim\" — ünïcödé \u2028 tab\there");
        assertThat(shim.at()).isEqualTo(Instant.parse("2026-03-04T05:07:07.123456789Z"));
        assertThat(p.lastPlace()).get().extracting(SectionMark::topic).isEqualTo("runc");

        QuizRecord q1 = p.quizRecords().get("ch2-q1");
        assertThat(q1.answered()).isEqualTo(7);
        assertThat(q1.correctCount()).isEqualTo(4);
        assertThat(q1.attempts()).extracting(Attempt::given).containsExactly(
                "docker container run -d --name web \"x\" \\ 2", "docker container run -d --name web \"x\" \\ 3",
                "docker container run -d --name web \"x\" \\ 4", "docker container run -d --name web \"x\" \\ 5",
                "docker container run -d --name web \"x\" \\ 6");
        assertThat(q1.attempts()).extracting(Attempt::correct).containsExactly(true, false, true, true, false);
        assertThat(q1.schedule().due()).isEqualTo(Instant.parse("2026-03-05T11:06:07.123456789Z"));
        assertThat(q1.schedule().ease()).isEqualTo(1.3);
        assertThat(q1.schedule().lapses()).isEqualTo(3);
        assertThat(p.quizRecords().get("ch1-q2").lastAttempt().orElseThrow().given()).isNull();
        assertThat(p.quizRecords().get("ch1-q2").hasSchedule()).isFalse();
        Schedule byHand = p.quizRecords().get("ch1-q3").schedule();
        assertThat(byHand.due()).isEqualTo(Instant.parse("2026-03-06T00:00:00.5Z"));
        assertThat(byHand.intervalDays()).isEqualTo(0.1);
        assertThat(byHand.stability()).isEqualTo(12.345678901234567);
        assertThat(byHand.difficulty()).isEqualTo(1e-7);
        assertThat(p.quizRecords().get("zz-empty").answered()).isZero();

        assertThat(p.currentLab()).contains("ch3-volumes");
        LabRecord lab = p.labRecords().get("ch3-volumes");
        assertThat(lab.started()).contains(Instant.parse("2026-03-04T05:06:07.123456789Z"));
        assertThat(lab.finishedSteps()).containsExactly("create", "mount");
        assertThat(lab.hintsUsed("mount")).isEqualTo(2);
        assertThat(lab.madeContainers()).isEqualTo(Map.of("0123456789abcdef", "dn-web"));
        assertThat(lab.madeVolumes()).isEqualTo(Map.of("dn-data", "2026-03-04T05:07:00Z", "dn-old", ""));
        assertThat(p.labRecords().get("ch1-first").started()).isEmpty();
    }

    @Test
    void unknownFieldsOfEveryKindSurviveAChange() throws IOException {
        ProgressStore store = storeWith("unknown-fields-by-databind.json");
        store.update(p -> p.quiz("q1").addAttempt(Instant.parse("2026-01-01T00:02:00Z"), true, "y"));
        String json = Files.readString(home.resolve(ProgressStore.FILE_NAME));
        assertThat(json).contains("\"theme\":\"dark\"", "\"big\":123456789012345678901234567890", "\"neg\":-5",
                "\"f\":1.5E300", "\"obj\":{\"a\":[1,2.25,\"x\",null,true,false,{\"n\":{}}],"
                        + "\"esc\":\"quote \\\" backslash \\\\ \\u0001 é \\uD83D\\uDE00\"}",
                "\"nil\":null", "\"list\":[]", "\"zzz\":{\"deep\":[[[[]]]]}", "\"seconds\":40", "\"ms\":5",
                "\"fsrsVersion\":5,\"plan\":[1,[2]]", "\"tags\":[\"x\"]", "\"containerId\":\"abc\"");
        assertThat(store.load().progress().quizRecords().get("q1").answered()).isEqualTo(4);
    }

    @Test
    void answersTheOldCodeSavedAsideAreMergedOnce() throws IOException {
        ProgressStore store = storeWith("pending-base-by-databind.json");
        Path pending = home.resolve(ProgressStore.PENDING_PREFIX + "001764633600000-x" + ProgressStore.PENDING_SUFFIX);
        Files.write(pending, fixture("pending-by-databind.json"));

        assertThat(store.load().progress().quizRecords().get("q1").answered()).as("a load includes it").isEqualTo(2);
        store.update(p -> {});
        assertThat(pending).doesNotExist();

        Progress p = new ProgressStore(home).load().progress();
        QuizRecord q1 = p.quizRecords().get("q1");
        assertThat(q1.answered()).isEqualTo(2);
        assertThat(q1.correctCount()).isEqualTo(1);
        assertThat(q1.attempts()).extracting(Attempt::given).containsExactly("a", "b");
        assertThat(q1.schedule().lapses()).isEqualTo(1);
        assertThat(q1.schedule().due()).isEqualTo(Instant.parse("2026-01-02T00:01:00Z"));
        assertThat(p.quizRecords().get("q2").answered()).isEqualTo(1);
        assertThat(p.isRead("s1")).isTrue();
        assertThat(p.lastPlace()).get().extracting(SectionMark::topic).isEqualTo("s1");
    }
}
