package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.app.Screens;
import dev.dockernotes.app.Styles;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.cli.Completions;
import dev.dockernotes.cli.GlobalOptions;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.Resume;
import dev.dockernotes.progress.SectionMark;
import dev.dockernotes.render.Wrapper;
import dev.dockernotes.tui.LineScreens;
import dev.dockernotes.tui.TerminalScreens;
import dev.dockernotes.tui.Terminals;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

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

    /** Commands whose argument names the chapter the user is working on. */
    private static final Set<String> CHAPTER_COMMANDS = Set.of("learn", "show", "quiz", "topics");

    private final AppContext ctx;
    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path historyFile;
    private final Map<String, String> globalDefaults;
    private final boolean interactive;
    private final Session session = new Session();
    private final Map<String, Object> extraCommands = new LinkedHashMap<>();
    private CommandLine commandLine;
    private InputLineHighlighter.Vocabulary vocabulary;

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
        this.globalDefaults = Map.copyOf(globalDefaults);
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
        commandLine = CommandLineFactory.forShell(ctx, out, err, OWN_COMMANDS.keySet());
        if (!extraCommands.isEmpty()) { // tests: their commands write where the others do
            extraCommands.forEach(commandLine::addSubcommand);
            commandLine.setOut(commandLine.getOut());
            commandLine.setErr(commandLine.getErr());
        }
        commandLine.setDefaultValueProvider(this::defaultValue);
        addShellHelp();

        LineReader reader = reader();
        if (interactive) {
            welcome();
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
                execute(words);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, outside);
            saveHistory(reader);
            out.flush();
            err.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Global options given to {@code dockernotes ... shell} hold for every line; and a chapter left
     * out of {@code learn} or {@code quiz} is the one in the prompt.
     */
    private String defaultValue(picocli.CommandLine.Model.ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return globalDefaults.get(o.longestName());
        }
        if (arg instanceof picocli.CommandLine.Model.PositionalParamSpec p && p.index().min() == 0
                && session.chapter() != null && CHAPTER_DEFAULT.contains(p.command().name())) {
            return session.chapter();
        }
        return null;
    }

    /** Commands that, in the shell, take the prompt's chapter when none is given. */
    private static final Set<String> CHAPTER_DEFAULT = Set.of("learn", "quiz");

    /** What 'help' says about the shell itself, below the commands. */
    private void addShellHelp() {
        picocli.CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        footer.addAll(List.of("",
                "In the shell: 'learn' and 'quiz' without a chapter use the chapter in the prompt",
                "('quiz all' asks about every chapter; 'quiz --review' reviews everything due).",
                "A docker command line (docker ps -a) is explained, not run. 'clear' or Ctrl-L clears",
                "the screen; Ctrl-C drops the line or stops a lesson or quiz; exit, quit or Ctrl-D leaves."));
        usage.footer(footer.toArray(String[]::new));
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
            rememberChapter();
        }
        ctx.clearStop();
    }

    /** After learn/show/quiz/topics succeed, the chapter of their argument becomes the current one. */
    private void rememberChapter() {
        ParseResult parsed = commandLine.getParseResult();
        if (parsed == null || !parsed.hasSubcommand()) {
            return;
        }
        ParseResult sub = parsed.subcommand();
        if (!CHAPTER_COMMANDS.contains(sub.commandSpec().name())) {
            return;
        }
        List<String> values = new ArrayList<>();
        sub.matchedPositionals().forEach(p -> values.addAll(p.originalStringValues()));
        sub.matchedOptions().stream()
                .filter(o -> o.longestName().matches("--(chapter|section|topic)"))
                .forEach(o -> values.addAll(o.originalStringValues()));
        TopicGraph graph = ctx.currentGraph();
        if (values.isEmpty() && sub.commandSpec().name().equals("learn")) {
            try { // 'learn' alone goes on where the reader stopped: the progress file says where
                said(ctx.progressStore().load()).lastPlace().ifPresent(mark -> session.chapter(
                        graph.topic(mark.topic()).map(Topic::chapterKey).orElse(mark.chapter())));
            } catch (RuntimeException e) {
                // no place known: the prompt keeps its chapter
            }
            return;
        }
        for (String value : values) {
            Optional<Topic> topic = graph.findChapter(value).or(() -> graph.findTopic(value));
            if (topic.isPresent()) {
                session.chapter(topic.get().chapterKey());
                return;
            }
        }
    }

    private String prompt() {
        AttributedString prompt = styledPrompt();
        return ctx.outputStyle(rootGlobals().colorChosen()).color() ? prompt.toAnsi(terminal) : prompt.toString();
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
            return said(ctx.progressStore().load()).currentLab(); // a file found corrupt here is said here
        } catch (RuntimeException e) {
            return Optional.empty(); // the commands report a broken progress file
        }
    }

    /** The progress loaded, its notices said (the store says each condition once a session). */
    private Progress said(dev.dockernotes.progress.Loaded loaded) {
        reporter().notices(loaded.notices());
        return loaded.progress();
    }

    private void welcome() {
        OutputStyle style = ctx.outputStyle(rootGlobals().colorChosen());
        Styles s = Styles.of(style);
        out.println(Wrapper.fill(s.bold("dockernotes shell") + ": Tab completes, Ctrl-R searches history, 'help' lists the commands, Ctrl-D leaves.",
                "", "  ", style.width()));
        out.println(Wrapper.fill(nextStep(), "", "  ", style.width()));
        out.flush();
    }

    /** Where the user stopped (from the progress file) and what to do next. */
    private String nextStep() {
        TopicGraph graph = ctx.currentGraph();
        boolean learn = commandLine.getSubcommands().containsKey("learn");
        String read = learn ? "learn " : "show ";
        Optional<SectionMark> last = Optional.empty();
        Optional<Resume> resume = Optional.empty();
        int due = 0;
        try {
            // The shell records progress (learn, quiz, lab): say up front, once, when it cannot be saved.
            Progress progress = said(ctx.progressStore().loadToRecord());
            last = progress.lastPlace();
            resume = Optional.of(new Resume(graph, progress.reading(graph)));
            due = progress.dueReviews(java.time.Instant.now()).size();
        } catch (RuntimeException e) {
            // the commands report a broken progress file when they need it; the welcome goes on
        }
        StringBuilder sb = new StringBuilder();
        if (last.isPresent()) {
            SectionMark mark = last.get();
            Optional<Topic> topic = graph.topic(mark.topic());
            String title = topic.map(Topic::title).orElse(mark.title());
            String chapter = topic.map(Topic::chapterKey).orElse(mark.chapter());
            session.chapter(chapter);
            sb.append("You stopped at '").append(title).append("' (").append(chapter).append("). ");
            Optional<Resume.Place> next = resume.flatMap(Resume::next);
            if (!learn) {
                Optional<Topic> after = topic.flatMap(graph::next);
                sb.append("Go on with ").append(Wrapper.keep("'show " + after.map(Topic::id).orElse(mark.topic()) + "'"));
            } else if (next.isEmpty()) {
                sb.append("You have read every section; test yourself with 'quiz all'");
            } else {
                Resume.Place place = next.get();
                session.chapter(place.chapter().chapterKey()); // so that 'learn' alone opens what this names
                sb.append("'learn' goes on at ").append(place.chapter().chapterKey().equals(chapter) ? ""
                        : place.chapter().title() + ", ").append(place.describe());
                List<Topic> gaps = resume.get().gapsBefore(place.chapter());
                if (!gaps.isEmpty()) {
                    sb.append(". Not read yet in ").append(gaps.stream().map(Topic::chapterKey).collect(Collectors.joining(", ")))
                            .append(": ").append(Wrapper.keep("'learn " + gaps.get(0).chapterKey() + "'"));
                }
            }
        } else {
            List<Topic> chapters = graph.chapters();
            String first = chapters.isEmpty() ? "chapter1" : chapters.get(0).chapterKey();
            sb.append("New here? Start with ").append(Wrapper.keep("'" + read + first + "'")).append(", or 'chapters' to see them all");
        }
        if (due > 0 && commandLine.getSubcommands().containsKey("quiz")) {
            sb.append("; ").append(due).append(due == 1 ? " quiz question is" : " quiz questions are").append(" due: 'quiz'");
        }
        return sb.append(".").toString();
    }

    /** Messages about the shell itself, on its error stream. */
    private Reporter reporter() {
        return new Reporter(err, globalDefaults.containsKey("--debug"));
    }

    private GlobalOptions rootGlobals() {
        return ((dev.dockernotes.cli.DockernotesCommand) commandLine.getCommand()).globals();
    }

    private LineReader reader() {
        Map<String, String> own = OWN_COMMANDS;
        Completions completions = new Completions(commandLine, own);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("dockernotes")
                .parser(new DefaultParser())
                .completer(new ShellCompleter(completions))
                .highlighter(new InputLineHighlighter(this::vocabulary))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, true)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .variable(LineReader.HISTORY_SIZE, HistoryFile.MAX)
                .variable(LineReader.HISTORY_FILE_SIZE, HistoryFile.MAX);
        if (historyFile != null) {
            try {
                Files.createDirectories(historyFile.getParent());
                HistoryFile.makePrivate(historyFile);
                HistoryFile.compact(historyFile, OWN_COMMANDS.keySet());
                builder.variable(LineReader.HISTORY_FILE, historyFile);
            } catch (IOException e) {
                reporter().warning("history is not kept: " + e.getMessage());
            }
        }
        return builder.build();
    }

    private void saveHistory(LineReader reader) {
        if (historyFile == null || reader.getVariable(LineReader.HISTORY_FILE) == null) {
            return;
        }
        try {
            reader.getHistory().save();
            HistoryFile.compact(historyFile, OWN_COMMANDS.keySet());
        } catch (IOException e) {
            reporter().warning("history was not saved: " + e.getMessage());
        }
    }

    private List<String> commandNames() {
        List<String> names = new ArrayList<>(commandLine.getSubcommands().keySet());
        names.addAll(OWN_COMMANDS.keySet());
        return names;
    }

    private InputLineHighlighter.Vocabulary vocabulary() {
        if (vocabulary == null) {
            Set<String> commands = Set.copyOf(commandNames());
            TopicGraph graph = ctx.currentGraph();
            Set<String> ids = new java.util.HashSet<>(graph.ids());
            graph.chapters().forEach(c -> ids.add(c.chapterKey()));
            Set<String> docker = Set.copyOf(dev.dockernotes.cli.Completions.dockerWords());
            Set<String> frozenIds = Set.copyOf(ids);
            vocabulary = new InputLineHighlighter.Vocabulary() {
                @Override
                public Set<String> commands() {
                    return commands;
                }

                @Override
                public Set<String> ids() {
                    return frozenIds;
                }

                @Override
                public Set<String> dockerWords() {
                    return docker;
                }
            };
        }
        return vocabulary;
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
