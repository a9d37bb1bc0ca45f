package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.app.Screens;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.tui.LineScreens;
import dev.dockernotes.tui.TerminalScreens;
import dev.dockernotes.tui.Terminals;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;

/**
 * The interactive shell: read a line, strip it, split it with jline's parser, run it with the one
 * picocli CommandLine built by the factory (so every command works here unchanged), flush, repeat.
 * Every command shares the shell's terminal. Errors print one line and the shell goes on;
 * {@code exit}, {@code quit} and Ctrl-D leave with 0; Ctrl-C drops the line being typed, or stops
 * the running command (see {@link AppContext#stopRequested()}) and comes back to the prompt.
 */
public final class Shell {
    /** Words the shell handles itself, not picocli. */
    static final Map<String, String> OWN_COMMANDS = ownCommands();

    private final AppContext ctx;
    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path historyFile;
    private final boolean interactive;
    private final Session session = new Session();
    private final LineDefaults defaults;
    private final Map<String, Object> extraCommands = new LinkedHashMap<>();
    private CommandLine commandLine;

    /**
     * @param terminal       the one terminal of this session
     * @param err            where error lines go (the terminal, or stderr when a script is piped in)
     * @param historyFile    where history is kept, or null for none
     * @param globalDefaults global options given to {@code dockernotes ... shell} (long name to
     *                       value), which hold for every line
     */
    public Shell(AppContext ctx, Terminal terminal, PrintWriter err, Path historyFile, Map<String, String> globalDefaults) {
        this.ctx = ctx;
        this.terminal = terminal;
        this.out = terminal.writer();
        this.err = err;
        this.historyFile = historyFile;
        this.defaults = new LineDefaults(globalDefaults, session);
        this.interactive = !isDumb(terminal);
    }

    /** For tests: adjusts a shell before it runs. */
    @FunctionalInterface
    interface Customizer {
        void apply(Shell shell, AppContext ctx, Terminal terminal);
    }

    /** Tests add a command of their own (e.g. one that waits for Ctrl-C) before {@link #run()}. */
    Shell addCommand(Object command) {
        return addCommand(new CommandLine(command).getCommandName(), command);
    }

    Shell addCommand(String name, Object command) {
        extraCommands.put(name, command);
        return this;
    }

    /** Opens the shell on the real terminal (or a dumb one over a piped script) and runs it. */
    public static int open(AppContext ctx, Map<String, String> globalDefaults, PrintWriter out, PrintWriter err) throws IOException {
        Terminal terminal = terminalFor(ctx, out);
        try (terminal) {
            boolean interactive = !isDumb(terminal);
            Path history = interactive ? HistoryFile.in(HistoryFile.stateDir(ctx.env().variables())) : null;
            return new Shell(ctx, terminal, interactive ? terminal.writer() : err, history, globalDefaults).run();
        } finally {
            out.flush();
        }
    }

    /**
     * The shell's terminal: the real one when stdin and stdout are terminals, else a dumb one
     * reading the piped script from the environment's stdin and writing to {@code out}, so that
     * {@code printf 'show runc\nexit\n' | dockernotes shell} and in-process tests work alike.
     * Commands then read standard input from the same lines as the shell.
     */
    private static Terminal terminalFor(AppContext ctx, PrintWriter out) {
        Environment env = ctx.env();
        if (env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            return Terminals.system();
        }
        LineInput shared = new LineInput(env.stdin());
        ctx.useShellInput(shared); // a quiz in the script reads its answers from the same lines
        return Terminals.dumb(shared, new WriterOutputStream(out));
    }

    public int run() {
        // Every interactive command inside shares the shell's terminal; over a piped script (a dumb
        // terminal) they read the script's lines instead.
        Screens lines = new LineScreens(() -> ctx.env().stdin());
        ctx.enterShell(interactive ? TerminalScreens.on(terminal, ctx::stopRequested, lines) : lines, terminal::getWidth);
        // On a terminal, the commands are built while the welcome, the editor and the prompt appear.
        ShellCommands commands = ShellCommands.build(ctx, out, err, extraCommands, defaults, interactive);
        LineEditor editor = new LineEditor(ctx, commands, historyFile, reporter());
        LineReader reader = editor.reader(terminal);
        if (interactive) {
            new Welcome(ctx, session, reporter()).print(out, ctx.outputStyle(defaults.colorChosen()));
        }
        // Between lines (before the editor takes over, or as a command ends) Ctrl-C must not kill the
        // shell: ignore it there; the editor and running commands install their own handlers.
        Terminal.SignalHandler outside = terminal.handle(Terminal.Signal.INT, signal -> { });
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt());
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C: drop the line
                } catch (EndOfFileException e) {
                    break; // Ctrl-D
                }
                String stripped = line.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (stripped.equals("clear")) {
                    clearScreen();
                    continue;
                }
                if (OWN_COMMANDS.containsKey(stripped)) {
                    break;
                }
                List<String> words = words(reader.getParser(), stripped);
                if (!words.isEmpty() && words.get(0).equals("docker")) {
                    // docker lines are not run here: explain them (the shell is for learning)
                    reporter().error("docker commands are not run in this shell; here is 'explain " + stripped + "':");
                    List<String> explain = new ArrayList<>(words);
                    explain.add(0, "explain");
                    words = explain;
                }
                commandLine = commands.commandLine();
                execute(words);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, outside);
            editor.saveHistory(reader);
            out.flush();
            err.flush();
        }
        return ExitCodes.OK;
    }

    private void clearScreen() {
        if (terminal.puts(org.jline.utils.InfoCmp.Capability.clear_screen)) {
            terminal.flush();
        }
    }

    /** Splits a line as the shell does, quotes and all; a trailing space makes no empty word. */
    static List<String> words(Parser parser, String line) {
        String stripped = line.strip();
        List<String> words = new ArrayList<>(parser.parse(stripped, stripped.length(), Parser.ParseContext.ACCEPT_LINE).words());
        if (!words.isEmpty() && words.get(words.size() - 1).isEmpty() && !stripped.endsWith("\"") && !stripped.endsWith("'")) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private void execute(List<String> words) {
        Thread worker = Thread.currentThread();
        ctx.clearStop();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            ctx.requestStop();
            worker.interrupt();
        });
        int code;
        try {
            code = CommandLineFactory.executeInShell(commandLine, words.toArray(String[]::new), ctx::stopRequested);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            Thread.interrupted(); // a Ctrl-C that came after the command finished
            out.flush();
            err.flush();
        }
        if (code == ExitCodes.INTERRUPTED || ctx.stopRequested() && code != ExitCodes.OK) {
            out.println();
            out.flush();
        } else if (code == ExitCodes.OK) {
            session.rememberChapterOf(commandLine.getParseResult(), ctx);
        }
        ctx.clearStop();
    }

    private String prompt() {
        AttributedString prompt = styledPrompt();
        return ctx.outputStyle(defaults.colorChosen()).color() ? prompt.toAnsi(terminal) : prompt.toString();
    }

    private AttributedString styledPrompt() {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.styled(AttributedStyle.BOLD, "dockernotes");
        if (session.chapter() != null) {
            sb.append(" ");
            sb.styled(InputLineHighlighter.ID, session.chapter());
        }
        openLab().ifPresent(lab -> sb.append(" lab ").styled(InputLineHighlighter.ID, lab));
        sb.append("> ");
        return sb.toAttributedString();
    }

    /** The lab open in the progress file (lab LAB opens one), shown in the prompt while it is open. */
    private Optional<String> openLab() {
        try {
            return ctx.progressStore().load().currentLab();
        } catch (RuntimeException e) {
            return Optional.empty(); // the commands report a broken progress file
        }
    }

    /** Messages about the shell itself, on its error stream. */
    private Reporter reporter() {
        return new Reporter(err, defaults.debug());
    }

    private static boolean isDumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    private static Map<String, String> ownCommands() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("exit", "Leave the shell (also quit, Ctrl-D).");
        m.put("quit", "Leave the shell.");
        m.put("clear", "Clear the screen (also Ctrl-L).");
        return java.util.Collections.unmodifiableMap(m);
    }
}
