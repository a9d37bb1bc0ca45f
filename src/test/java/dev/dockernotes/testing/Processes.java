package dev.dockernotes.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process for a test, the one way: standard output and error are read while it runs
 * (a full pipe would block it), standard input is the text given or nothing, and a process that
 * does not finish in time is killed and fails the test with one line saying which command.
 *
 * <pre>
 *   Processes.Result r = Processes.run(new ProcessBuilder("sh", "-c", "echo hi"), null, Processes.TIMEOUT);
 *   assertThat(r.out()).isEqualTo("hi\n");
 * </pre>
 */
public final class Processes {
    /** Long enough for a JVM start on a loaded machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** After the process ended, how long its output may still take to arrive (a grandchild may hold the pipe). */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    /** How a process ended: its exit code and what it wrote ({@code err} is empty when merged into {@code out}). */
    public record Result(int exitCode, String out, String err) {}

    private Processes() {}

    /** Runs {@code command} with no input, its output and errors apart. */
    public static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command), null, timeout);
    }

    /**
     * Starts {@code pb} and waits for it: {@code stdin} is written to it and closed (null: no input,
     * unless {@code pb} already says where input comes from).
     */
    public static Result run(ProcessBuilder pb, String stdin, Duration timeout) throws IOException, InterruptedException {
        if (stdin == null && pb.redirectInput() == ProcessBuilder.Redirect.PIPE) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process p = pb.start();
        Drain out = new Drain(p.getInputStream());
        Drain err = new Drain(p.getErrorStream());
        if (stdin != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // it ended without reading all of it: what it said is the result
            }
        }
        return finish(p, out, err, String.join(" ", pb.command()), timeout);
    }

    /** Waits for a process started elsewhere, reading what it writes; {@code what} names it in a timeout. */
    public static Result finish(Process p, String what, Duration timeout) throws InterruptedException {
        return finish(p, new Drain(p.getInputStream()), new Drain(p.getErrorStream()), what, timeout);
    }

    private static Result finish(Process p, Drain out, Drain err, String what, Duration timeout) throws InterruptedException {
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(what + " did not finish in " + timeout.toSeconds() + " s");
        }
        return new Result(p.exitValue(), out.text(), err.text());
    }

    /** Reads a stream to its end on a thread of its own. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream read = new ByteArrayOutputStream();

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (read) {
                        read.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // closed as the process was killed: what was read is what it said
            }
        }

        String text() throws InterruptedException {
            join(DRAIN.toMillis());
            synchronized (read) {
                return read.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
