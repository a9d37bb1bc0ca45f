package dev.dockernotes.e2e;

import dev.dockernotes.testing.Processes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real launcher script as a user would in a pipe: a separate process, no terminal, its own
 * state folder. The jar is built by Maven's package phase before these tests run.
 */
public final class Launcher {
    public static final Path ROOT = Path.of(System.getProperty("dockernotes.root", ".")).toAbsolutePath();
    public static final Path SCRIPT = ROOT.resolve("dockernotes");

    private Launcher() {}

    public static Processes.Result run(Path home, Path cwd, String stdin, String... args) throws IOException, InterruptedException {
        return run(SCRIPT, home, cwd, stdin, Map.of(), args);
    }

    public static Processes.Result run(Path script, Path home, Path cwd, String stdin, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        java.nio.file.Files.createDirectories(home);
        return Processes.run(pb, stdin, Processes.TIMEOUT);
    }
}
