package dev.dockernotes.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A real terminal for end-to-end tests: a tmux server on a private socket ({@code tmux -L}), keys
 * sent with send-keys, the screen read with capture-pane, polled until the expected text shows.
 */
public final class Tmux implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Skips the calling test class, saying why, when tmux is not installed (.ci/run installs it). */
    static void assumeInstalled(String skipping) {
        boolean tmux;
        try {
            tmux = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            tmux = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tmux = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(tmux, "tmux is not installed: skipping " + skipping);
    }
    private static final String EXITED = "program exited with ";
    private final String socket = "dockernotes-it-" + UUID.randomUUID();

    /** Starts {@code command} (a shell command line) in a detached session of the given size. */
    public Tmux start(int width, int height, String command) throws IOException, InterruptedException {
        String wrapped = command + "; echo \"[" + EXITED + "$?]\"";
        tmux("-f", "/dev/null", "new-session", "-d", "-s", "it", "-x", String.valueOf(width), "-y", String.valueOf(height), wrapped);
        tmux("set-option", "-t", "it", "remain-on-exit", "on");
        return this;
    }

    /** Keys as tmux names them: literal text, or "Tab", "Enter", "C-c", "C-d". */
    public Tmux keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "it"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        return this;
    }

    /** Literal text (no key names). */
    public Tmux type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "it", "-l", text);
        return this;
    }

    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "it");
    }

    /** The screen with the lines the terminal wrapped joined again: shows lines wider than the window. */
    public String joinedScreen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", "it");
    }

    public Tmux resize(int width, int height) throws IOException, InterruptedException {
        tmux("resize-window", "-t", "it", "-x", String.valueOf(width), "-y", String.valueOf(height));
        return this;
    }

    /** Polls the screen until {@code test} holds; fails with the last screen after the timeout. */
    public String waitFor(String what, Predicate<String> test) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String screen = screen();
        while (!test.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    public String waitForText(String text) throws IOException, InterruptedException {
        return waitFor("'" + text + "'", s -> s.contains(text));
    }

    /** Waits for the program to end and returns its exit status (printed by the wrapper of {@link #start}). */
    public int waitForExit() throws IOException, InterruptedException {
        String screen = waitForText(EXITED);
        String rest = screen.substring(screen.lastIndexOf(EXITED) + EXITED.length());
        return Integer.parseInt(rest.substring(0, rest.indexOf(']')));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            tmux("kill-server");
        } catch (AssertionError e) {
            // already gone
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        dev.dockernotes.testing.Processes.Result r = dev.dockernotes.testing.Processes.run(
                new ProcessBuilder(command).redirectErrorStream(true), null, java.time.Duration.ofSeconds(10));
        String text = r.out();
        if (r.exitCode() != 0) {
            throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }
}
