package dev.dockernotes.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
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
            SearchCommand::new,
            GraphCommand::new,
            LabCommand::new,
            CheckCommand::new);

    private CommandLineFactory() {}

    public static CommandLine create(AppContext ctx, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DockernotesCommand(), new ContextFactory(ctx));
        for (Function<AppContext, Object> command : COMMANDS) {
            cl.addSubcommand(command.apply(ctx));
        }
        cl.addSubcommand(new picocli.CommandLine.HelpCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        return cl;
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
