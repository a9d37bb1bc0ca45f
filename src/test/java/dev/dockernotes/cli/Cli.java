package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.repl.Shell;
import dev.dockernotes.tui.LineScreens;
import dev.dockernotes.tui.TerminalScreens;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jline.terminal.Terminal;

/**
 * Runs dockernotes in-process, as the user would from a shell, through the same factory as Main.
 * Each instance has its own state folder (DOCKERNOTES_HOME), no terminal, and no colour unless asked.
 *
 * <pre>
 *   Cli.Run r = new Cli(tempDir).run("show", "runc");
 *   assertThat(r.out()).contains("runc");
 * </pre>
 */
public final class Cli {
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean terminal;

    public record Run(int exitCode, String out, String err) {}

    public Cli(Path home) {
        env.put("DOCKERNOTES_HOME", home.toString());
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** What standard input will hold (answers for a quiz, a script for the shell). */
    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Pretend standard output is a terminal (colour on by default, as for a user). */
    public Cli onTerminal() {
        this.terminal = true;
        return this;
    }

    public Map<String, String> environment() {
        return env;
    }

    public AppContext context() {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        AppContext ctx = new AppContext(new Environment(Map.copyOf(env), in, terminal, false));
        ctx.shellOpener((defaults, out, err) -> Shell.open(ctx, defaults, out, err)); // as Main does
        return ctx;
    }

    /** As the shell does on a terminal: every interactive command of {@code ctx} uses {@code terminal}. */
    public static AppContext inShellOn(AppContext ctx, Terminal terminal) {
        LineScreens lines = new LineScreens(() -> ctx.env().stdin());
        ctx.enterShell(TerminalScreens.on(terminal, ctx::stopRequested, lines), terminal::getWidth);
        return ctx;
    }

    public Run run(String... args) {
        return run(context(), args);
    }

    public Run run(AppContext ctx, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // as Main does: only the command that runs is built
        int code = CommandLineFactory.forArgs(ctx, new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
