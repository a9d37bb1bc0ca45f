package dev.dockernotes.notes;

import dev.dockernotes.docker.CommandNamer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The graph of the built-in notes, built once at build time ({@link #main}, run by Maven at
 * process-classes, before the jar is made) and shipped in the jar as {@value #RESOURCE}: loading it
 * skips commonmark, the graph building and its regexes. It is used only for exactly the notes it was
 * built from (the loader reads the notes from the jar anyway and compares their hashes), so a jar
 * never shows a graph of other notes; when it is missing or does not match, the notes are built from
 * Markdown as before.
 */
public final class PrebuiltGraph {
    /** Where the prebuilt graph lives on the classpath. */
    static final String RESOURCE = NotesLoader.RESOURCE_DIR + "graph.bin";

    private PrebuiltGraph() {}

    /** The prebuilt graph, when the resources hold one built from exactly the notes read. */
    static Optional<NotesLoader.Result> load(NotesLoader.Resources resources, NotesLoader.Read read) {
        byte[] bytes;
        try {
            bytes = resources.read(RESOURCE);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes == null) {
            return Optional.empty();
        }
        return GraphFile.read(new ByteArrayInputStream(bytes), bytes.length, null, read.key(), read.files(),
                NotesLoader.Origin.PREBUILT);
    }

    /**
     * The id of the code of this build (a hash of its classes, made with the prebuilt graph), which
     * keys the {@code --notes} cache: a cache written by another version is not read. Empty when this
     * classpath has no prebuilt graph (run from an IDE's build): then nothing is cached.
     */
    static Optional<String> codeId() {
        try (InputStream in = PrebuiltGraph.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : GraphFile.codeId(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Build step: writes the graph of the notes in {@code args[0]} (the classes folder, where the
     * resources were just copied) to {@value #RESOURCE} there, with the names {@code args[1]} (a
     * {@link CommandNamer} class) gives their commands. Fails the build when it cannot.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]).toAbsolutePath().normalize();
        URL index = PrebuiltGraph.class.getClassLoader().getResource(NotesLoader.RESOURCE_DIR + "INDEX");
        if (index == null || !"file".equals(index.getProtocol()) || !Path.of(toUri(index)).startsWith(classes)) {
            throw new IOException("the notes INDEX on the classpath is not in " + classes + ": " + index);
        }
        NotesLoader.Resources resources = name -> {
            Path p = classes.resolve(name);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        };
        NotesLoader.Read read = NotesLoader.readBuiltIn(resources);
        NotesLoader.Result built = read.build();
        if (args.length > 1) {
            // the built-in docker model's names of the notes' commands (by name: the build names the namer class)
            try {
                built.graph().storeNames((CommandNamer) Class.forName(args[1]).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot name the notes' commands with " + args[1] + ": " + e, e);
            }
        }
        Path target = classes.resolve(RESOURCE);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        String codeId = codeIdOf(classes);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
            GraphFile.write(out, codeId, read.key(), built);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // the file must read back as the graph it was written from
        if (load(resources, read).isEmpty()) {
            throw new IOException("the prebuilt graph " + target + " does not read back");
        }
    }

    private static java.net.URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** A hash of every file under {@code classes} but this graph: the classes and the docker model among them. */
    static String codeIdOf(Path classes) throws IOException {
        List<Path> files;
        Path self = classes.resolve(RESOURCE);
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().startsWith(self.toString())).sorted().toList();
        }
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        for (Path p : files) {
            byte[] name = classes.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] bytes = Files.readAllBytes(p);
            for (byte[] b : new byte[][] {name, bytes}) {
                c.update(b, 0, b.length);
                d.update(b, 0, b.length);
            }
        }
        return GraphFile.hex(c.getValue() << 32 | d.getValue()) + "-" + files.size();
    }
}
