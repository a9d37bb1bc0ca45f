package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other dockernotes processes: killed mid-save, or saving at the same time. */
class ProgressConcurrencyTest {
    @TempDir
    Path home;

    private Process writer(String prefix, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ProgressWriterMain.class.getName(), home.toString(), prefix, Integer.toString(count))
                .redirectErrorStream(true)
                .start();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteKilledMidwayLeavesTheOldOrTheNewStateNeverATornFile() throws Exception {
        Random random = new Random(42);
        int marksBefore = 0;
        for (int round = 0; round < 5; round++) {
            Process p = writer("r" + round + "-", -1);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("child output").startsWith("saved");
            Thread.sleep(random.nextInt(40));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);

            ProgressStore store = new ProgressStore(home);
            Progress after = store.load();
            assertThat(store.notices()).as("round %d: the file is valid", round).isEmpty();
            assertThat(files()).noneMatch(n -> n.contains("corrupt"));
            assertThat(after.readMarks().size()).as("nothing saved before is lost").isGreaterThan(marksBefore);
            marksBefore = after.readMarks().size();
        }
        new ProgressStore(home).update(p -> p.markRead("chapter2", "runc", "runc"));
        assertThat(files()).as("a later save clears temporary files of killed saves")
                .containsExactly("progress.json", "progress.lock");
    }

    @Test
    void twoProcessesSavingAtOnceLoseNeithersUpdates() throws Exception {
        int n = 40;
        Process a = writer("a", n);
        Process b = writer("b", n);
        String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(a.waitFor()).as(outA).isZero();
        assertThat(b.waitFor()).as(outB).isZero();

        Progress p = new ProgressStore(home).load();
        List<String> expected = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> expected.add("a" + i));
        IntStream.range(0, n).forEach(i -> expected.add("b" + i));
        assertThat(p.readMarks()).extracting(SectionMark::topic).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(p.quizRecords().values().stream().mapToInt(r -> r.attempts().size()).sum()).isEqualTo(2 * n);
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
        assertThat(new ProgressStore(home).load().readMarks()).hasSize(threads * n);
    }
}
