package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.resources.BuiltInResources;
import dev.dockernotes.text.Controls;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads notes files (from the jar, or a folder the user names) and builds the graph. A file that is
 * binary or not UTF-8 is skipped with a warning naming it; the rest still loads.
 */
public final class NotesLoader {
    /** Where the built-in notes live on the classpath. */
    public static final String RESOURCE_DIR = "notes/";

    /** The graph, and the files skipped on the way (also in the graph's problems, for check); how it was loaded. */
    public record Result(TopicGraph graph, List<Problem> warnings, Origin origin) {
        public Result(TopicGraph graph, List<Problem> warnings) {
            this(graph, warnings, Origin.MARKDOWN);
        }
    }

    /** Where a graph came from: built from the Markdown, the build's prebuilt graph, or the --notes cache. */
    public enum Origin { MARKDOWN, PREBUILT, CACHE }

    /** The notes files as read, before any graph: their text, the warnings reading gave, and their key. */
    record Read(List<NoteFile> files, List<Problem> warnings, GraphFile.SourceKey key) {
        Result build() {
            List<Problem> all = new ArrayList<>(warnings);
            return new Result(GraphBuilder.build(files, all), all);
        }
    }

    /** Reads a resource of the built-in content; null when there is none. */
    @FunctionalInterface
    interface Resources {
        byte[] read(String name) throws IOException;
    }

    private NotesLoader() {}

    /** The built-in notes: the prebuilt graph when it was built from exactly these notes, else built from the Markdown. */
    public static Result loadBuiltIn() {
        return loadBuiltIn(NotesLoader::classpathResource);
    }

    /**
     * The built-in notes built from their Markdown, the prebuilt graph ignored: what a {@code --notes}
     * folder goes through, for the class-data-sharing training run (and comparisons).
     */
    public static Result loadBuiltInFromMarkdown() {
        return readBuiltIn(NotesLoader::classpathResource).build();
    }

    static Result loadBuiltIn(Resources resources) {
        Read read = readBuiltIn(resources);
        return PrebuiltGraph.load(resources, read).orElseGet(read::build);
    }

    static Read readBuiltIn(Resources resources) {
        List<Problem> warnings = new ArrayList<>();
        List<NoteFile> files = new ArrayList<>();
        GraphFile.KeyBuilder key = new GraphFile.KeyBuilder();
        for (String name : builtInNames()) {
            try {
                byte[] bytes = resources.read(RESOURCE_DIR + name);
                if (bytes == null) {
                    continue;
                }
                key.add(RESOURCE_DIR + name, bytes.length, 0, bytes);
                decode(RESOURCE_DIR + name, bytes, warnings).ifPresent(files::add);
            } catch (IOException e) {
                warnings.add(Problem.ofFile(RESOURCE_DIR + name, "cannot read (" + e.getClass().getSimpleName() + "); skipped"));
            }
        }
        if (files.isEmpty()) {
            throw new DockernotesException("the built-in notes are missing from this build; rebuild, or use --notes DIR");
        }
        return new Read(files, warnings, key.build(warnings));
    }

    private static byte[] classpathResource(String name) throws IOException {
        return BuiltInResources.read(name);
    }

    /** A folder of Markdown files (searched in subfolders too, hidden ones skipped), or one Markdown file. */
    public static Result loadFolder(Path folder) {
        return loadFolder(folder, null);
    }

    /**
     * As {@link #loadFolder(Path)}, with the graph cached in {@code cacheDir} (null: none) between
     * runs: used only while the files are the same, to the byte.
     */
    public static Result loadFolder(Path folder, Path cacheDir) {
        Read read = readFolder(folder);
        if (cacheDir == null) {
            return read.build();
        }
        java.util.Optional<String> codeId = PrebuiltGraph.codeId();
        if (codeId.isEmpty()) {
            return read.build(); // not our build (no prebuilt graph): no way to tell a cache of other code
        }
        NotesCache cache = new NotesCache(cacheDir, folder, codeId.get());
        return cache.load(read).orElseGet(() -> cache.store(read, read.build()));
    }

    static Read readFolder(Path folder) {
        if (!Files.exists(folder)) {
            throw new DockernotesException("notes folder '" + folder + "' does not exist");
        }
        List<Path> paths;
        List<Problem> unreadable = new ArrayList<>();
        if (Files.isRegularFile(folder)) {
            paths = List.of(folder);
        } else {
            if (!Files.isReadable(folder)) {
                throw new DockernotesException("notes folder '" + folder + "' cannot be read (permission denied)");
            }
            paths = markdownFiles(folder, unreadable);
            if (paths.isEmpty()) {
                throw new DockernotesException("notes folder '" + folder + "' holds no Markdown files (*.md)");
            }
        }
        List<Problem> warnings = new ArrayList<>(unreadable);
        List<NoteFile> files = new ArrayList<>();
        GraphFile.KeyBuilder key = new GraphFile.KeyBuilder();
        for (Path p : paths) {
            String shown = p.toString();
            try {
                java.nio.file.attribute.BasicFileAttributes attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                byte[] bytes = Files.readAllBytes(p);
                key.add(shown, attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), bytes);
                decode(shown, bytes, warnings).ifPresent(files::add);
            } catch (IOException e) {
                warnings.add(new Problem(shown, 0, "cannot read (" + e.getClass().getSimpleName() + "); skipped"));
            }
        }
        if (files.isEmpty()) {
            throw new DockernotesException("no readable Markdown notes in '" + folder + "'");
        }
        return new Read(files, warnings, key.build(warnings));
    }

    /**
     * The Markdown files under {@code folder} (8 levels deep, hidden ones skipped), in natural order.
     * A subfolder that cannot be read is skipped with a warning, as an unreadable file is.
     */
    private static List<Path> markdownFiles(Path folder, List<Problem> warnings) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 8,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(folder, dir)
                                    ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(folder, file) && isMarkdown(file)) {
                                found.add(file);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (file.equals(folder)) {
                                throw new DockernotesException("cannot read notes folder '" + folder + "' ("
                                        + e.getClass().getSimpleName() + ")", e);
                            }
                            warnings.add(new Problem(file.toString(), 0, "cannot read (" + e.getClass().getSimpleName() + "); skipped"));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new DockernotesException("cannot read notes folder '" + folder + "': " + e.getMessage(), e);
        }
        Map<Path, String> keys = new HashMap<>();
        found.forEach(p -> keys.put(p, naturalKey(folder.relativize(p).toString())));
        found.sort(Comparator.comparing(keys::get));
        return found;
    }

    private static java.util.Optional<NoteFile> decode(String path, byte[] bytes, List<Problem> warnings) {
        // One pass over the bytes, no call per byte (a cold start runs it in the interpreter): a NUL
        // near the start is a binary file; ASCII needs no decoder; and text without a control
        // character (CR, ESC, a C1 control: 0xC2 0x80-0x9F in UTF-8) needs no pass over its characters.
        boolean ascii = true;
        boolean plain = true;
        byte previous = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0 && i < 8192) {
                warnings.add(new Problem(path, 0, "binary file, not Markdown text; skipped"));
                return java.util.Optional.empty();
            }
            ascii &= b >= 0;
            plain &= b >= 0x20 && b != 0x7f || b == '\n' || b == '\t' || b < 0 && (previous != (byte) 0xC2 || b > (byte) 0x9F);
            previous = b;
        }
        try {
            String text = ascii ? new String(bytes, StandardCharsets.US_ASCII) : StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!plain) {
                // CR, LF and CRLF alike; control characters shown (^[), never sent to the terminal
                text = Controls.visible(Controls.unixLineEndings(text));
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3)
                    : name.endsWith(".markdown") ? name.substring(0, name.length() - 9) : name;
            return java.util.Optional.of(new NoteFile(path, stem, text));
        } catch (CharacterCodingException e) {
            warnings.add(new Problem(path, lineOfFirstBadByte(bytes), "not UTF-8 text; skipped"));
            return java.util.Optional.empty();
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    private static boolean isMarkdown(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #naturalKey} order. Not Comparator.comparing: its lambda is the JDK's, which the
     * launcher's archive does not hold, so every start spun its class.
     */
    private static int byNaturalKey(String a, String b) {
        return naturalKey(a).compareTo(naturalKey(b));
    }

    /** "chapter10" after "chapter9": digits compare as numbers. */
    static String naturalKey(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isAsciiDigit(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && isAsciiDigit(s.charAt(end))) {
                end++;
            }
            int digits = Math.min(end - i, 12);
            // zero-padded by hand: String.format would load the locale machinery (about 10 ms cold)
            sb.append("0".repeat(12 - digits)).append(s, i, i + digits);
            i = end;
        }
        return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Names of the Markdown files under notes/ in the jar (or in target/classes when run from tests). */
    static List<String> builtInNames() {
        return resourceNames(RESOURCE_DIR, ".md");
    }

    /**
     * Names of the files directly in a folder of the classpath (e.g. "quizzes/") ending with the given
     * suffix, in natural order ("chapter10" after "chapter9"): from the jar, or from target/classes
     * when run from the build. Shared by everything that ships content in the jar.
     */
    public static List<String> resourceNames(String dir, String suffix) {
        String folder = dir.endsWith("/") ? dir : dir + "/";
        List<String> names = new ArrayList<>();
        // The build writes an INDEX of each content folder: reading it beats walking the jar's
        // 16,000 entries (about 13 ms of a cold start).
        try {
            byte[] index = BuiltInResources.read(folder + "INDEX");
            if (index != null) {
                // split at '\n' (no regular expression to compile); strip drops a '\r' before it
                for (String line : new String(index, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String name = line.strip();
                    if (name.endsWith(suffix) && name.indexOf('/') < 0) {
                        names.add(name);
                    }
                }
                names.sort(NotesLoader::byNaturalKey);
                return names;
            }
        } catch (IOException e) {
            names.clear(); // fall back to listing
        }
        URL url = NotesLoader.class.getClassLoader().getResource(folder);
        try {
            URL location = NotesLoader.class.getProtectionDomain().getCodeSource().getLocation();
            Path here = Paths.get(location.toURI());
            if (Files.isDirectory(here)) {
                Path found = url != null && "file".equals(url.getProtocol()) ? Paths.get(url.toURI()) : here.resolve(folder);
                if (Files.isDirectory(found)) {
                    try (Stream<Path> list = Files.list(found)) {
                        list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(names::add);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(here.toFile())) {
                    jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(folder) && n.endsWith(suffix) && n.indexOf('/', folder.length()) < 0)
                            .map(n -> n.substring(folder.length()))
                            .forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new DockernotesException("cannot list the built-in " + folder + " files: " + e.getMessage(), e);
        }
        names.sort(NotesLoader::byNaturalKey);
        return names;
    }
}
