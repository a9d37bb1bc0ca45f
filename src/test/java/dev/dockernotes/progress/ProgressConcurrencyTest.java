package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.testing.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Other dockernotes processes: stopped dead mid-save, holding the lock, or saving at the same time. */
class ProgressConcurrencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        pb.environment().remove("NO_COLOR");
        return pb.start();
    }

    /** A piped quiz in its own JVM, as `printf 'x\n...' | dockernotes quiz ch1 --json ...` runs it. */
    private Process quiz(int seed, int count) throws IOException {
        Process p = java("dev.dockernotes.Main", "quiz", "ch1", "--count", Integer.toString(count),
                "--seed", Integer.toString(seed), "--json");
        try (OutputStream in = p.getOutputStream()) {
            in.write("x\n".repeat(count).getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Processes.Result finish(Process p) throws Exception {
        return Processes.finish(p, "a child dockernotes", Processes.TIMEOUT);
    }

    private static List<String> answeredIds(String quizJson) throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(quizJson).get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private boolean lockIsFree() throws IOException {
        try (FileChannel ch = FileChannel.open(home.resolve(ProgressStore.LOCK_NAME), StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock()) {
            return lock != null;
        }
    }

    private List<String> pendingFiles() throws IOException {
        return files().stream().filter(n -> n.startsWith(ProgressStore.PENDING_PREFIX)).toList();
    }

    @ParameterizedTest(name = "killed when {0}: {1} saves kept")
    @CsvSource({"locked, 3", "half-written, 3", "forced, 3", "renamed, 4"})
    void aSaveKilledAtAnyPointLeavesTheOldOrTheNewFileNeverATornOne(String phase, int kept) throws Exception {
        Process p = java(ProgressWriterMain.class.getName(), home.toString(), "w", "3", phase);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null && !line.startsWith("paused"); line = out.readLine()) {
            lines.add(line);
        }
        assertThat(lines).containsExactly("saved 0", "saved 1", "saved 2");
        if (phase.equals("locked")) {
            assertThat(lockIsFree()).as("the child holds the lock when the kill comes").isFalse();
        } else if (!phase.equals("renamed")) {
            assertThat(files()).as("a temporary file is there when the kill comes").anyMatch(n -> n.endsWith(".tmp"));
        }
        p.destroyForcibly(); // SIGKILL, while the child waits at that point of its save
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed, not exited").isEqualTo(137);

        ProgressStore store = new ProgressStore(home);
        Loaded loaded = store.load();
        Progress after = loaded.progress();
        assertThat(loaded.notices()).as("the file is valid").isEmpty();
        assertThat(files()).noneMatch(n -> n.contains("corrupt"));
        assertThat(after.readMarks()).extracting(SectionMark::topic)
                .containsExactlyElementsOf(IntStream.range(0, kept).mapToObj(i -> "w" + i).toList());

        assertThat(lockIsFree()).as("a killed process's lock is released").isTrue();
        store.update(pr -> pr.markRead("chapter2", "runc", "runc"));
        assertThat(files()).as("a later save clears temporary files of killed saves")
                .containsExactly("progress.json", "progress.lock");
    }

    @Test
    void twoProcessesSavingAtOnceLoseNeithersUpdates() throws Exception {
        int n = 40;
        Process a = java(ProgressWriterMain.class.getName(), home.toString(), "a", Integer.toString(n));
        Process b = java(ProgressWriterMain.class.getName(), home.toString(), "b", Integer.toString(n));
        Processes.Result outA = finish(a);
        Processes.Result outB = finish(b);
        assertThat(outA.exitCode()).as(outA.err()).isZero();
        assertThat(outB.exitCode()).as(outB.err()).isZero();

        Progress p = new ProgressStore(home).load().progress();
        List<String> expected = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> expected.add("a" + i));
        IntStream.range(0, n).forEach(i -> expected.add("b" + i));
        assertThat(p.readMarks()).extracting(SectionMark::topic).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(p.quizRecords().values().stream().mapToInt(QuizRecord::answered).sum()).isEqualTo(2 * n);
    }

    @Test
    void answersGivenWhileAnotherDockernotesHoldsTheLockAreKeptAsideAndMergedByTheNextSave() throws Exception {
        new ProgressStore(home).update(p -> p.markRead("chapter1", "before", "Before"));
        byte[] fileBefore = Files.readAllBytes(home.resolve("progress.json"));
        Process holder = java(LockHolderMain.class.getName(), home.toString());
        BufferedReader held = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(held.readLine()).isEqualTo("locked");

        Processes.Result quiz = finish(quiz(1, 3));

        assertThat(quiz.exitCode()).as(quiz.err()).isZero();
        List<String> ids = answeredIds(quiz.out());
        assertThat(ids).hasSize(3);
        assertThat(quiz.err()).as("told once").containsOnlyOnce("another dockernotes is holding")
                .contains("goes into progress.json with the next save");
        assertThat(Files.readAllBytes(home.resolve("progress.json"))).as("the locked file is not touched").isEqualTo(fileBefore);
        assertThat(pendingFiles()).isNotEmpty();
        Progress meanwhile = new ProgressStore(home).load().progress();
        assertThat(ids).allSatisfy(id -> assertThat(meanwhile.quizRecords().get(id).answered()).isEqualTo(1));

        holder.getOutputStream().close();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        new ProgressStore(home).update(p -> p.markRead("chapter1", "later", "Later"));
        new ProgressStore(home).update(p -> p.markRead("chapter1", "later2", "Later 2"));

        assertThat(pendingFiles()).as("merged, then deleted").isEmpty();
        String file = Files.readString(home.resolve("progress.json"));
        assertThat(ids).allSatisfy(id -> assertThat(file).contains("\"" + id + "\""));
        Progress merged = new ProgressStore(home).load().progress();
        assertThat(ids).allSatisfy(id -> assertThat(merged.quizRecords().get(id).answered()).as("counted once").isEqualTo(1));
        assertThat(merged.isRead("before")).isTrue();
    }

    @Test
    void sixPipedQuizzesAtOnceOnALargeFileLoseNoAnswer() throws Exception {
        new ProgressStore(home).update(p -> {
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 10_000; i++) {
                p.quiz("bulk-" + (i % 300)).addAttempt(t.plusSeconds(i), i % 4 != 0, "docker container ls --all " + i);
            }
        });
        List<Process> quizzes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            quizzes.add(quiz(i, 4));
        }
        Map<String, Integer> expected = new HashMap<>();
        for (Process q : quizzes) {
            Processes.Result f = finish(q);
            assertThat(f.exitCode()).as(f.err()).isZero();
            answeredIds(f.out()).forEach(id -> expected.merge(id, 1, Integer::sum));
        }
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(24);

        new ProgressStore(home).update(p -> {}); // merges whatever was kept aside
        assertThat(pendingFiles()).isEmpty();
        Progress p = new ProgressStore(home).load().progress();
        expected.forEach((id, n) -> assertThat(p.quizRecords().get(id).answered()).as(id).isEqualTo(n));
        assertThat(p.quizRecords().get("bulk-1").answered()).isEqualTo(34);
    }

    @Test
    void threadsWithTheirOwnStoresLoseNoUpdates() throws Exception {
        int threads = 4;
        int n = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                done.add(pool.submit(() -> {
                    ProgressStore store = new ProgressStore(home);
                    for (int i = 0; i < n; i++) {
                        int k = i;
                        store.update(p -> p.markRead("chapter1", prefix + k, prefix + k));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new ProgressStore(home).load().progress().readMarks()).hasSize(threads * n);
    }
}
