package dev.dockernotes.lab;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Connects to the engine named by the environment. The engine implementation ({@code lab.docker})
 * and docker-java with its libraries (about nine tenths of all dockernotes ships) are not in the
 * main jar: they are the jars of the {@code lib} folder beside it, loaded here by a class loader of
 * their own on the first call, never by commands that do not run a lab. Run from classes (tests),
 * they are on the class path.
 */
public final class Engines {
    /** Seconds any one engine call may take (default 10); for slow engines, and for tests. */
    public static final String TIMEOUT_VARIABLE = "DOCKERNOTES_ENGINE_TIMEOUT";

    private Engines() {}

    /** The engine implementation, in the lab libraries. */
    static final String IMPLEMENTATION = "dev.dockernotes.lab.docker.DockerJavaEngine";

    public static Engine connect(Map<String, String> env) {
        Endpoint endpoint = Endpoint.fromEnvironment(env);
        Duration timeout = timeout(env);
        try {
            if (LabLibraries.LOADED instanceof EngineException missing) {
                throw new EngineException(missing.getMessage(), missing); // said again in the shell, each time
            }
            return (Engine) ((Class<?>) LabLibraries.LOADED).getMethod("connect", Endpoint.class, Duration.class)
                    .invoke(null, endpoint, timeout);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // an EngineException with its one line, as from a direct call
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new EngineException("cannot connect to the Docker Engine: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new EngineException("the lab libraries do not fit this dockernotes (" + e + "); rebuild it with mvn package", e);
        }
    }

    /** The lab libraries, loaded once per run, when a lab first talks to the engine. */
    private static final class LabLibraries {
        /** The implementation's class, or the EngineException that says why it cannot be loaded. */
        static final Object LOADED = loadOrFailure();

        private static Object loadOrFailure() {
            try {
                return load();
            } catch (EngineException e) {
                return e;
            }
        }

        private static Class<?> load() {
            ClassLoader own = Engines.class.getClassLoader();
            Path lib = libFolder();
            if (lib == null) { // classes, not the jar: tests and the man page generator have them on the class path
                try {
                    return Class.forName(Engines.IMPLEMENTATION, true, own);
                } catch (ClassNotFoundException e) {
                    throw new EngineException("the lab libraries are missing: no lib folder beside the dockernotes jar", e);
                }
            }
            List<URL> jars = new ArrayList<>();
            try (Stream<Path> files = Files.list(lib)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (IOException e) {
                throw new EngineException("cannot read the lab libraries in " + lib + ": " + e.getMessage(), e);
            }
            // parent first: the lab package's interface (Engine), Jackson and the JDK come from the main jar
            @SuppressWarnings("resource") // lives as long as the run, as the classes it loads
            URLClassLoader loader = new URLClassLoader("dockernotes-lab", jars.toArray(URL[]::new), own);
            try {
                return Class.forName(Engines.IMPLEMENTATION, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new EngineException("the lab libraries in " + lib + " are incomplete (" + e.getMessage()
                        + "); rebuild dockernotes with mvn package", e);
            }
        }

        /** The lib folder beside the jar this class came from; null when it came from a folder of classes. */
        private static Path libFolder() {
            try {
                java.security.CodeSource source = Engines.class.getProtectionDomain().getCodeSource();
                if (source == null) {
                    return null;
                }
                Path location = Path.of(source.getLocation().toURI());
                if (!Files.isRegularFile(location)) {
                    return null;
                }
                Path lib = location.resolveSibling("lib");
                if (!Files.isDirectory(lib)) {
                    throw new EngineException("the lab libraries are missing: no folder " + lib
                            + " beside the dockernotes jar (rebuild it with mvn package)");
                }
                return lib;
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                return null;
            }
        }
    }

    static Duration timeout(Map<String, String> env) {
        String v = env.get(TIMEOUT_VARIABLE);
        if (v == null || v.isBlank()) {
            return Duration.ofSeconds(10);
        }
        try {
            double seconds = Double.parseDouble(v.trim());
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new EngineException(TIMEOUT_VARIABLE + "=" + v + " is not a number of seconds from 0.1 to 3600");
    }
}
