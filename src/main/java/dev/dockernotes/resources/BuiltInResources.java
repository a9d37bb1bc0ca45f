package dev.dockernotes.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The built-in content (the docker model, the notes and their prebuilt graph), read straight from
 * dockernotes' own jar: the class loader's resource lookup asks the JDK's module image and builds a
 * {@code jar:} URL connection per file, about 5 ms of a cold start before the first file. The JDK
 * shares the jar's parsed directory with the class loader, so opening it again costs next to nothing.
 * Run from a classes folder (the build, the tests), the class loader reads them as before.
 */
public final class BuiltInResources {
    private static ZipFile jar;
    private static boolean opened;

    private BuiltInResources() {}

    /** The bytes of a resource ("docker/docker-cli.txt"), or null when there is none. */
    public static byte[] read(String name) throws IOException {
        ZipFile zip = jar();
        if (zip != null) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null || entry.isDirectory()) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
        try (InputStream in = BuiltInResources.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The jar these classes were loaded from, or null (a classes folder, or it cannot be opened). */
    private static synchronized ZipFile jar() {
        if (!opened) {
            opened = true;
            try {
                CodeSource source = BuiltInResources.class.getProtectionDomain().getCodeSource();
                URL location = source == null ? null : source.getLocation();
                if (location != null && "file".equals(location.getProtocol())) {
                    Path path = Path.of(location.toURI());
                    if (Files.isRegularFile(path)) {
                        jar = new ZipFile(path.toFile());
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                jar = null; // the class loader reads them
            }
        }
        return jar;
    }
}
