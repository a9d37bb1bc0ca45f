package dev.dockernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in labs are the files the build lists in labs/INDEX (as notes/INDEX and quizzes/INDEX
 * list the notes and quizzes), whatever their names: nothing probes for chapter1.json..chapter30.json.
 */
class LabIndexTest {
    private static final String LAB = """
        {"version": 1, "labs": [
          {"id": "ch2-extra", "chapter": "chapter2", "title": "One more look at the daemon",
           "steps": [{"id": "ping", "task": "Check that the daemon answers.", "hints": ["docker version"],
                      "solution": ["docker version"], "checks": [{"type": "daemon"}]}]}]}
        """;

    @TempDir
    Path tmp;

    @Test
    void theBuildIndexesEveryFileOfTheLabsFolder() throws Exception {
        List<String> folder;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/labs"))) {
            folder = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        try (InputStream index = LabIndexTest.class.getClassLoader().getResourceAsStream("labs/INDEX")) {
            assertThat(index).as("labs/INDEX written by the build").isNotNull();
            List<String> listed = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).sorted().toList();
            assertThat(listed).isEqualTo(folder).contains("chapter1.json", "chapter2.json", "chapter3.json");
        }
    }

    @Test
    void aLabFileNamedInTheIndexShowsUpInLabStatusAndOneNotNamedDoesNot() throws Exception {
        // a class path whose labs/ folder is the built-in one plus two files, and an INDEX naming one of them
        Path labs = Files.createDirectories(tmp.resolve("classes/labs"));
        Files.writeString(labs.resolve("daemon-extra.json"), LAB);
        Files.writeString(labs.resolve("not-indexed.json"), LAB.replace("ch2-extra", "ch2-hidden"));
        Files.writeString(labs.resolve("INDEX"), "chapter1.json\nchapter2.json\nchapter3.json\ndaemon-extra.json\n");

        String out = labStatus(tmp.resolve("classes"));

        assertThat(out).contains("ch1-first-container", "ch2-engine-api", "ch3-containers", "ch3-volumes")
                .contains("ch2-extra").contains("0/1 steps").contains("One more look at the daemon")
                .doesNotContain("ch2-hidden");
    }

    /** {@code dockernotes lab status} run in-process with {@code first} ahead of the whole test class path. */
    private String labStatus(Path first) throws Exception {
        List<URL> urls = new ArrayList<>(List.of(first.toUri().toURL()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> cli = loader.loadClass(Cli.class.getName());
            Object c = cli.getConstructor(Path.class).newInstance(Files.createDirectories(tmp.resolve("home")));
            Object run = cli.getMethod("run", String[].class).invoke(c, (Object) new String[] {"lab", "status"});
            Method exit = run.getClass().getMethod("exitCode");
            Method out = run.getClass().getMethod("out");
            Method err = run.getClass().getMethod("err");
            assertThat((int) exit.invoke(run)).as("%s", err.invoke(run)).isZero();
            return (String) out.invoke(run);
        }
    }
}
