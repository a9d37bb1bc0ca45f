package dev.dockernotes.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads content files, built-in or from a folder, as {@link Source}s. A file that cannot be read is a
 * {@link Problem} ("cannot read (AccessDeniedException); skipped") and the others are still read.
 */
public final class ContentFiles {
    private ContentFiles() {}

    /**
     * The named files of a folder on the class path ("quizzes/", "labs/"): the names come from the
     * build-time INDEX of that folder, shown in messages as {@code dir + name}.
     */
    public static List<Source> builtIn(ClassLoader loader, String dir, List<String> names, List<Problem> problems) {
        String folder = dir.endsWith("/") ? dir : dir + "/";
        List<Source> sources = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(folder + name)) {
                if (in == null) {
                    problems.add(Problem.ofFile(folder + name, "listed in " + folder + "INDEX but not in the build; skipped"));
                } else {
                    sources.add(new Source(folder + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                problems.add(unreadable(folder + name, e));
            }
        }
        return sources;
    }

    /** The files directly in a folder whose names end with {@code suffix}, in the order of their names. */
    public static List<Source> folder(Path dir, String suffix, List<Problem> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
        List<Source> sources = new ArrayList<>();
        for (Path p : files) {
            try {
                sources.add(new Source(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(unreadable(p.toString(), e));
            }
        }
        return sources;
    }

    private static Problem unreadable(String file, IOException e) {
        return Problem.ofFile(file, "cannot read (" + e.getClass().getSimpleName() + "); skipped");
    }
}
