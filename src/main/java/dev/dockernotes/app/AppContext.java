package dev.dockernotes.app;

import dev.dockernotes.docker.DockerCommandNamer;
import dev.dockernotes.docker.CommandNamer;
import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.ProgressStore;
import dev.dockernotes.progress.StateDir;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Everything one session (a one-shot run, or a whole REPL session) shares: the environment, the
 * loaded notes, and the interactive screens the entry point installed (never a terminal itself). Passed to every command by the factory;
 * there are no mutable globals.
 */
public final class AppContext {
    private Environment env;
    private final Map<String, TopicGraph> graphs = new HashMap<>();
    private Screens screens;
    private ShellOpener shellOpener;
    private boolean inShell;
    private IntSupplier shellWidth = () -> 0;
    private Path lastNotesDir;
    private volatile boolean stopRequested;
    private com.fasterxml.jackson.databind.ObjectMapper json;
    private ProgressStore progressStore;
    private CommandNamer commandNamer;

    public AppContext(Environment env) {
        this.env = Objects.requireNonNull(env);
    }

    public Environment env() {
        return env;
    }

    /** Loads the notes once per folder (null = built-in notes); bad files are reported to err and skipped. */
    public TopicGraph graph(Path notesDir, PrintWriter err) {
        lastNotesDir = notesDir;
        String key = notesDir == null ? "" : notesDir.toAbsolutePath().normalize().toString();
        TopicGraph graph = graphs.get(key);
        if (graph == null) {
            // a --notes folder's graph is cached in the state folder (never stale: see NotesCache)
            NotesLoader.Result result = notesDir == null ? NotesLoader.loadBuiltIn()
                    : NotesLoader.loadFolder(notesDir, StateDir.resolve(env.variables()).resolve("cache"));
            Reporter reporter = new Reporter(err, false);
            result.warnings().forEach(w -> reporter.warning(w.toString()));
            graph = result.graph();
            graphs.put(key, graph);
        }
        return graph;
    }

    /**
     * The notes this session reads (the folder of the last command, built-in before any), for
     * completion and highlighting: those run between commands, where there is no --notes option.
     * Warnings were printed when the notes were first loaded, so none are printed here.
     */
    public TopicGraph currentGraph() {
        return graph(lastNotesDir, new PrintWriter(java.io.Writer.nullWriter()));
    }

    /**
     * Ctrl-C while a command runs in the shell: the shell sets this (and interrupts the command's
     * thread); interactive screens (lesson pager, quiz) poll it between keys, save what they have,
     * and return. Cleared by the shell before the next command.
     */
    public boolean stopRequested() {
        return stopRequested;
    }

    public void requestStop() {
        stopRequested = true;
    }

    public void clearStop() {
        stopRequested = false;
    }

    /** One JSON mapper per session: creating it costs more than using it. */
    public com.fasterxml.jackson.databind.ObjectMapper json() {
        if (json == null) {
            json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        }
        return json;
    }

    /**
     * The progress file of this session's state folder ($DOCKERNOTES_HOME, else
     * $XDG_STATE_HOME/dockernotes, else ~/.local/state/dockernotes). Its loads and saves return
     * their notices; whoever loads says them (through the {@link Reporter}).
     */
    public ProgressStore progressStore() {
        if (progressStore == null) {
            progressStore = new ProgressStore(StateDir.resolve(env.variables()));
        }
        return progressStore;
    }

    /**
     * Names commands so that aliases group together ("docker stop" = "docker container stop"), with
     * the docker command model. One instance per session (the graph caches its index per namer); the
     * model itself loads only when the first docker line is named.
     */
    public CommandNamer commandNamer() {
        if (commandNamer == null) {
            commandNamer = new DockerCommandNamer();
        }
        return commandNamer;
    }

    /**
     * Set by the shell when a script is piped in: the shell and the commands it runs (a quiz reading
     * answers) share standard input, read a line at a time so that neither takes the other's lines.
     */
    public void useShellInput(java.io.InputStream in) {
        env = new Environment(env.variables(), in, env.stdoutIsTerminal(), env.stdinIsTerminal());
    }

    /** Set by the entry point: the interactive screens of a one-shot run. */
    public void useScreens(Screens screens) {
        this.screens = Objects.requireNonNull(screens);
    }

    /**
     * Set by the shell: the screens on its one terminal, used by every interactive command inside
     * it, and the terminal's width (what commands wrap to there).
     */
    public void enterShell(Screens screens, IntSupplier width) {
        this.screens = Objects.requireNonNull(screens);
        this.shellWidth = Objects.requireNonNull(width);
        this.inShell = true;
    }

    public boolean inShell() {
        return inShell;
    }

    /**
     * The interactive screens the entry point installed; empty when none was (in-process tests,
     * where commands read lines of standard input).
     */
    public Optional<Screens> screens() {
        return Optional.ofNullable(screens);
    }

    /** How the entry point opens the interactive shell (the shell command asks for it). */
    public void shellOpener(ShellOpener opener) {
        this.shellOpener = Objects.requireNonNull(opener);
    }

    public Optional<ShellOpener> shellOpener() {
        return Optional.ofNullable(shellOpener);
    }

    /**
     * How output should look: {@code chosen} is the colour the options ask for (empty: auto, colour
     * only on a terminal and without NO_COLOR).
     */
    public OutputStyle outputStyle(Optional<Boolean> chosen) {
        boolean onTerminal = inShell ? screens.interactive() : env.stdoutIsTerminal();
        boolean color = chosen.orElseGet(() -> onTerminal && env.get("NO_COLOR").isEmpty());
        return new OutputStyle(color, width(onTerminal), onTerminal);
    }

    /** The width to wrap output to: the terminal's, $COLUMNS, or 80 in a pipe. */
    public int width() {
        return width(inShell ? screens.interactive() : env.stdoutIsTerminal());
    }

    private int width(boolean onTerminal) {
        if (inShell && shellWidth.getAsInt() > 0) {
            return shellWidth.getAsInt();
        }
        Optional<Integer> columns = env.get("COLUMNS").flatMap(AppContext::parsePositive);
        if (columns.isPresent()) {
            return columns.get();
        }
        if (onTerminal && screens != null && screens.openWidth() > 0) {
            return screens.openWidth(); // a lesson's terminal is open: no stty process to ask
        }
        int ttyColumns = onTerminal && screens != null ? screens.stdoutColumns() : 0;
        if (ttyColumns > 0) {
            return ttyColumns; // one system call, no stty process
        }
        if (onTerminal) {
            return TerminalSize.columns().orElse(OutputStyle.DEFAULT_WIDTH);
        }
        return OutputStyle.DEFAULT_WIDTH;
    }

    private static Optional<Integer> parsePositive(String s) {
        try {
            int n = Integer.parseInt(s.trim());
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
