package dev.dockernotes.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real launcher script as a user would in a pipe: a separate process, no terminal, its own
 * state folder. The jar is built by Maven's package phase before these tests run.
 */
public final class Launcher {
    public static final Path ROOT = Path.of(System.getProperty("dockernotes.root", ".")).toAbsolutePath();
    public static final Path SCRIPT = ROOT.resolve("dockernotes");

    public record Result(int exitCode, String out, String err) {}

    private Launcher() {}

    public static Result run(Path home, Path cwd, String stdin, String... args) throws IOException, InterruptedException {
        return run(SCRIPT, home, cwd, stdin, Map.of(), args);
    }

    public static Result run(Path script, Path home, Path cwd, String stdin, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("DOCKERNOTES_HOME", home.toString());
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        java.nio.file.Files.createDirectories(home);
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("dockernotes " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
    }
}
