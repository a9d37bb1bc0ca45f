import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.app.Environment;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.TopicGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The scale half of bench/bench.sh: builds notes corpora 1x, 10x and 100x the size of notes/ by
 * copying its chapters (headings renamed so every copy is its own topic), then measures for each a
 * cold load in a fresh JVM, warm graph build, retained heap, and warm search latency per query;
 * and, as the shell sees them, warm explain and search answered by the same CommandLine.
 */
public class ScaleBench {
    static final String[] QUERIES = {"volume", "shim", "port mapping", "containerd runc", "contaner", "tls certificate", "detach"};

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path notes = Path.of(args[1]);
        List<Object[]> corpora = new ArrayList<>();
        for (int factor : new int[] {1, 10, 100}) {
            corpora.add(new Object[] {factor + "x notes/", makeCorpus(notes, work.resolve("x" + factor), factor)});
        }
        if (args.length > 3 && args[2].equals("--extra")) {
            corpora.add(new Object[] {"--notes " + args[3], Path.of(args[3])});
        }
        System.out.printf("%-24s %7s %6s %7s %12s %11s %12s %12s%n", "corpus", "files", "KB", "topics",
                "cold load", "warm build", "heap", "search/query");
        for (Object[] c : corpora) {
            Path dir = (Path) c[1];
            long files;
            long bytes;
            try (Stream<Path> s = Files.walk(dir)) {
                List<Path> md = s.filter(p -> p.toString().endsWith(".md")).toList();
                files = md.size();
                bytes = 0;
                for (Path p : md) {
                    bytes += Files.size(p);
                }
            }
            double cold = coldLoad(dir);
            long[] builds = new long[5];
            TopicGraph graph = null;
            for (int i = 0; i < builds.length; i++) {
                long t0 = System.nanoTime();
                graph = NotesLoader.loadFolder(dir).graph();
                graph.search();
                builds[i] = System.nanoTime() - t0;
            }
            long heap = retainedHeap(dir);
            double perQuery = searchLatency(graph);
            System.out.printf("%-24s %7d %6d %7d %9.0f ms %8.0f ms %9.1f MB %9.2f ms%n", c[0], files, bytes / 1024,
                    graph.topics().size(), cold, median(builds) / 1e6, heap / 1048576.0, perQuery);
        }
        System.out.println();
        System.out.println("in the shell (one AppContext, one CommandLine, warm):");
        shellLatency("explain docker container stop");
        shellLatency("search volume");
        shellLatency("show the-shim");
    }

    static Path makeCorpus(Path notes, Path dir, int factor) throws IOException {
        Files.createDirectories(dir);
        List<Path> chapters;
        try (Stream<Path> s = Files.list(notes)) {
            chapters = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (int copy = 1; copy <= factor; copy++) {
            for (Path chapter : chapters) {
                String text = Files.readString(chapter);
                if (copy > 1) {
                    // "## Chapter 2: ..." -> "## Chapter 2: ... (part 7)" so each copy has its own ids
                    text = text.replaceAll("(?m)^(#{1,6} .+)$", "$1 (part " + copy + ")")
                            .replaceAll("\\]\\(#([^)]+)\\)", "](#$1-part-" + copy + ")");
                }
                Files.writeString(dir.resolve(String.format("%03d-%s", copy, chapter.getFileName())), text);
            }
        }
        return dir;
    }

    /** Median of 3 fresh JVMs running `chapters` on the corpus: load and graph build from cold. */
    static double coldLoad(Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp,
                    "dev.dockernotes.Main", "--notes", dir.toString(), "chapters")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            times[i] = System.nanoTime() - t0;
        }
        return median(times) / 1e6;
    }

    static long retainedHeap(Path dir) throws InterruptedException {
        System.gc();
        Thread.sleep(50);
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        TopicGraph g = NotesLoader.loadFolder(dir).graph();
        g.search();
        System.gc();
        Thread.sleep(50);
        long after = rt.totalMemory() - rt.freeMemory();
        if (g.topics().isEmpty()) {
            System.out.println();
        }
        return Math.max(0, after - before);
    }

    /** Median per query over all queries, after a warm-up. */
    static double searchLatency(TopicGraph graph) {
        for (int i = 0; i < 200; i++) {
            for (String q : QUERIES) {
                graph.search().search(q, 10);
            }
        }
        long[] times = new long[QUERIES.length * 30];
        int k = 0;
        for (int i = 0; i < 30; i++) {
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                graph.search().search(q, 10);
                times[k++] = System.nanoTime() - t0;
            }
        }
        return median(times) / 1e6;
    }

    static void shellLatency(String line) {
        AppContext ctx = new AppContext(new Environment(Map.of("DOCKERNOTES_HOME", System.getProperty("java.io.tmpdir")
                + "/dockernotes-bench-home"), new ByteArrayInputStream(new byte[0]), false, false));
        StringWriter sink = new StringWriter();
        CommandLine cl = CommandLineFactory.create(ctx, new PrintWriter(sink), new PrintWriter(sink));
        String[] args = line.split(" ");
        int code = 0;
        for (int i = 0; i < 300; i++) {
            code = cl.execute(args);
            sink.getBuffer().setLength(0);
        }
        long[] times = new long[100];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            cl.execute(args);
            times[i] = System.nanoTime() - t0;
            sink.getBuffer().setLength(0);
        }
        System.out.printf("  %-34s %7.2f ms median%s%n", line, median(times) / 1e6, code == 0 ? "" : "  (exit " + code + ")");
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
