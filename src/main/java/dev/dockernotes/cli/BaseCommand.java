package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.app.Screens;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Loaded;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressStore;
import dev.dockernotes.text.TerminalSafeWriter;
import dev.dockernotes.tui.LineScreens;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the context of this run, its writers, the global options and the
 * loaded notes. Commands stay thin: parse, call a service, print.
 */
@picocli.CommandLine.Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    protected final AppContext ctx;

    /** Set instead of {@link #spec} when the fast path (dev.dockernotes.fast) runs this command without picocli's model. */
    private Bound bound;

    private record Bound(PrintWriter out, PrintWriter err, GlobalOptions globals) {}

    protected BaseCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A dockernotes command as the user types it here: {@code dockernotes lab check} on the command
     * line, {@code lab check} in the shell (where "dockernotes" is no command).
     */
    String typed(String command) {
        return (ctx.inShell() ? "" : "dockernotes ") + command;
    }

    protected PrintWriter out() {
        return bound != null ? bound.out() : spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return bound != null ? bound.err() : spec.commandLine().getErr();
    }

    protected GlobalOptions globals() {
        return bound != null ? bound.globals() : ((DockernotesCommand) spec.root().userObject()).globals();
    }

    /**
     * Whether the positional parameter at this index was typed, not a default value the shell filled
     * in (a run without picocli's model has no defaults: what is set was typed).
     */
    protected boolean typedPositional(int index) {
        picocli.CommandLine.ParseResult parsed = bound != null ? null : spec.commandLine().getParseResult();
        return parsed == null || parsed.hasMatchedPositional(index);
    }

    /**
     * Runs this command with its options already set, as {@code CommandLine.execute} would after
     * parsing: for the fast path, which parses the hot commands' options by hand. Errors are handled
     * as picocli's handlers do (one line; exit code), an {@link Error} is left to Main.
     */
    public final int runParsed(PrintWriter out, PrintWriter err, GlobalOptions globals) {
        bound = new Bound(TerminalSafeWriter.wrap(out, false), TerminalSafeWriter.wrap(err, true), globals);
        try {
            return run();
        } catch (Exception e) {
            return ErrorHandler.report(e, bound.err(), globals.debug());
        } finally {
            bound.out().flush();
            bound.err().flush();
        }
    }

    /** Where this command's errors, warnings and notices go (one line each on err). */
    protected Reporter reporter() {
        return new Reporter(err(), globals().debug());
    }

    /** The notes graph for this run (built-in notes, or --notes DIR), loaded once per context. */
    protected TopicGraph graph() {
        return ctx.graph(globals().notes(), err());
    }

    /** How to style output: colour or not, and the width to wrap to. */
    protected OutputStyle style() {
        return ctx.outputStyle(globals().colorChosen());
    }

    /** The interactive screens (pager, quiz widgets, yes/no): the entry point's, else lines of standard input. */
    protected Screens screens() {
        return ctx.screens().orElseGet(() -> new LineScreens(() -> ctx.env().stdin()));
    }

    /** The progress file of this session. */
    protected ProgressStore progressStore() {
        return ctx.progressStore();
    }

    /** A snapshot of the saved progress; its notices (corrupt file moved aside...) are printed here. */
    protected Progress loadProgress() {
        return said(progressStore().load());
    }

    /**
     * For commands that record progress (learn, quiz, lab): a snapshot, and, said once up front when
     * progress cannot be saved, why ("progress is not being saved: DIR is not writable").
     */
    protected Progress loadProgressToRecord() {
        return said(progressStore().loadToRecord());
    }

    /** True unless a check or a save found that progress cannot be saved (then do not advise resuming). */
    protected boolean progressIsSaved() {
        return progressStore().notSavedBecause().isEmpty();
    }

    /**
     * Changes progress, saving it if possible: when it cannot be saved the change holds for this
     * run only and a notice says why. For saves that must not interrupt reading.
     */
    protected Progress recordProgress(Consumer<Progress> change) {
        return said(progressStore().updateOrNotice(change));
    }

    /** Prints the notices that came with {@code loaded} (one line each on err); returns its progress. */
    protected Progress said(Loaded loaded) {
        reporter().notices(loaded.notices());
        return loaded.progress();
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    protected abstract int run() throws Exception;
}
