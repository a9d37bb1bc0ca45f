package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.text.TerminalSafeWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The one place that builds a configured {@link CommandLine}: commands, writers, error handlers and
 * exit codes. The one-shot CLI, the shell and the tests all use it, so they behave alike.
 */
public final class CommandLineFactory {

    /** Every subcommand, in the order help lists them. Each takes the session's context. */
    static final List<Function<AppContext, Object>> COMMANDS = List.of(
            ChaptersCommand::new,
            TopicsCommand::new,
            ShowCommand::new,
            LearnCommand::new,
            SearchCommand::new,
            ExplainCommand::new,
            QuizCommand::new,
            ProgressCommand::new,
            ResetCommand::new,
            LabCommand::new,
            GraphCommand::new,
            CheckCommand::new,
            ShellCommand::new,
            CompletionCommand::new);

    private CommandLineFactory() {}

    /**
     * A new hot one-shot command by its name, for the fast path (dev.dockernotes.fast) that parses
     * their options by hand; null for any other name. No annotation is read (picocli's model is the
     * largest part of start-up); a test checks these names against the commands' own.
     */
    public static BaseCommand hotCommand(String name, AppContext ctx) {
        return HotCommandFactory.create(name, ctx);
    }

    /** The whole command tree: for the shell, help, completion scripts and tests. */
    public static CommandLine create(AppContext ctx, PrintWriter out, PrintWriter err) {
        return build(ctx, out, err, null);
    }

    /**
     * The whole tree for the shell: usage errors say "did you mean" among the commands and the
     * shell's own words, and a command stopped by Ctrl-C is no error.
     *
     * @param shellWords the words the shell handles itself (exit, quit, clear)
     */
    public static CommandLine forShell(AppContext ctx, PrintWriter out, PrintWriter err, Set<String> shellWords) {
        CommandLine cl = build(ctx, out, err, null);
        ErrorHandler handler = ErrorHandler.forShell(shellWords);
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        return cl;
    }

    /**
     * Runs one line of the shell: what picocli passes on instead of handling (an Error) is handled
     * here too, as stopped by Ctrl-C or an internal error.
     */
    public static int executeInShell(CommandLine cl, String[] args, BooleanSupplier stopRequested) {
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors on (jline's key readers wrap an interrupted read in an IOError)
            return ErrorHandler.escaped(e, cl, stopRequested.getAsBoolean());
        }
    }

    /**
     * The tree a one-shot run needs: when the arguments name a subcommand, only that one is built.
     * picocli builds each command's model by reflection, the largest part of start-up; a run uses
     * one command. Anything else (help, a typo that deserves "did you mean") gets the whole tree.
     */
    public static CommandLine forArgs(AppContext ctx, PrintWriter out, PrintWriter err, String... args) {
        String name = subcommandName(args);
        if (name == null && args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            name = ""; // the version needs no subcommand at all
        }
        return build(ctx, out, err, name);
    }

    private static CommandLine build(AppContext ctx, PrintWriter out, PrintWriter err, String only) {
        CommandLine cl = new CommandLine(new DockernotesCommand(), new ContextFactory(ctx));
        boolean added = only != null && only.isEmpty();
        if (only != null && !only.isEmpty()) {
            for (Function<AppContext, Object> command : COMMANDS) {
                Object instance = command.apply(ctx);
                if (names(instance).contains(only)) {
                    cl.addSubcommand(instance);
                    added = true;
                    break;
                }
            }
        }
        if (!added) {
            for (Function<AppContext, Object> command : COMMANDS) {
                cl.addSubcommand(command.apply(ctx));
            }
            cl.addSubcommand(new picocli.CommandLine.HelpCommand());
        }
        CommandLine explain = cl.getSubcommands().get("explain");
        if (explain != null) {
            // "explain docker run -it ubuntu": from the first word on, everything is the line to explain
            explain.setStopAtPositional(true);
            explain.setUnmatchedOptionsArePositionalParams(true);
        }
        CommandLine search = cl.getSubcommands().get("search");
        if (search != null) {
            // "search docker run -d": a dash word that is not one of search's options is part of the query
            search.setUnmatchedOptionsArePositionalParams(true);
        }
        // only dockernotes' own styling reaches the terminal: any other control sequence is shown
        cl.setOut(TerminalSafeWriter.wrap(out, false));
        cl.setErr(TerminalSafeWriter.wrap(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        HelpLayout.install(cl, ctx::width); // after every subcommand is added: it lays out theirs too
        ErrorHandler handler = ErrorHandler.oneShot();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        return cl;
    }

    /**
     * The root options that take a value ({@code --notes DIR}, {@code --color WHEN}), read from their
     * definitions in {@link GlobalOptions} (not from a picocli model, which costs start-up to build).
     */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUES = optionsWithValues(GlobalOptions.class);

    static Set<String> optionsWithValues(Class<?> options) {
        Set<String> names = new java.util.HashSet<>();
        for (java.lang.reflect.Field field : options.getDeclaredFields()) {
            CommandLine.Option option = field.getAnnotation(CommandLine.Option.class);
            boolean flag = field.getType() == boolean.class || field.getType() == Boolean.class;
            if (option != null && !flag && !option.arity().equals("0")) {
                names.addAll(List.of(option.names()));
            }
        }
        return Set.copyOf(names);
    }

    /** The first word that is not a root option or its value: the subcommand the user means, or null. */
    static String subcommandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (ROOT_OPTIONS_WITH_VALUES.contains(a)) {
                i++; // its value
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static List<String> names(Object command) {
        CommandLine.Command c = command.getClass().getAnnotation(CommandLine.Command.class);
        if (c == null) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    /** Builds command objects that need the context (e.g. nested subcommands declared by annotation). */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final AppContext ctx;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        ContextFactory(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(AppContext.class);
                c.setAccessible(true);
                return c.newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
