package dev.dockernotes.notes;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the small notes folders under src/test/resources/fixtures. */
public final class Fixtures {
    private Fixtures() {}

    public static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TopicGraph load(String name) {
        return NotesLoader.loadFolder(folder(name)).graph();
    }

    public static TopicGraph builtIn() {
        return NotesLoader.loadBuiltIn().graph();
    }
}
