package dev.dockernotes;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Environment;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.app.Screens;
import dev.dockernotes.repl.Shell;
import dev.dockernotes.tui.LineScreens;
import dev.dockernotes.tui.TerminalScreens;
import dev.dockernotes.cli.TrainingRun;
import dev.dockernotes.tui.Terminals;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: build the context, run one command (or the shell), exit with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: the notes have dashes and arrows, and CI has no LANG.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        Environment env = Environment.system();
        AppContext ctx = new AppContext(env);
        Screens lines = new LineScreens(() -> ctx.env().stdin());
        // A one-shot interactive command (lesson, quiz) builds the terminal only when it asks for it.
        TerminalScreens screens = TerminalScreens.forCommand(ctx, Terminals::system, lines);
        ctx.useScreens(env.stdinIsTerminal() && env.stdoutIsTerminal() ? screens : lines);
        ctx.shellOpener((defaults, o, e) -> Shell.open(ctx, defaults, o, e));
        if (args.length == 0 && env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            args = new String[] {"shell"};
        }
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // A thread that dies of an error says so in one line, like the main one below.
        Thread.setDefaultUncaughtExceptionHandler(new OneLineFatal(debug, err));
        if (args.length == 1 && args[0].equals("--cds-training")) {
            dev.dockernotes.fast.FastPath.train(ctx); // the hot commands as the fast path runs them
            // again in a fresh context that answers the quiz: the archive then also holds reading the
            // progress file (the first pass had none yet) and checking answers (it had no stdin)
            AppContext again = new AppContext(new Environment(env.variables(), new java.io.ByteArrayInputStream(
                    "a\nb\nc\nd\ne\n".getBytes(StandardCharsets.UTF_8)), false, false));
            again.useScreens(new LineScreens(() -> again.env().stdin()));
            dev.dockernotes.fast.FastPath.train(again);
            int trained = TrainingRun.run(ctx); // the launcher's class-data-sharing archive run
            dev.dockernotes.repl.ShellTraining.run(ctx); // and the shell's and lesson's terminal classes
            System.exit(trained);
        }
        int code;
        try {
            code = dev.dockernotes.fast.FastPath.execute(ctx, out, err, args); // the hot commands without picocli's model
        } catch (Throwable e) {
            // picocli hands errors (OutOfMemoryError, StackOverflowError) straight through: still one line
            out.flush();
            code = fatal(e, debug, err);
        }
        out.flush();
        err.flush();
        screens.close();
        System.exit(code);
    }

    /**
     * The uncaught-exception handler: a class, not a lambda (a lambda the launcher's archive lacks
     * is spun with ASM at run time, about 5 ms of a start), set before the training run so that the
     * archive holds it.
     */
    private record OneLineFatal(boolean debug, PrintWriter err) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            fatal(e, debug, err);
        }
    }

    /** One line for an error that escaped every handler; the stack trace only with --debug. */
    static int fatal(Throwable e, boolean debug, PrintWriter err) {
        try {
            return new Reporter(err, debug).internal(e);
        } catch (Throwable ignored) {
            return ExitCodes.INTERNAL; // nothing more can be said
        }
    }
}
