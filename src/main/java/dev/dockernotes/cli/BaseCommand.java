package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.OutputStyle;
import dev.dockernotes.app.Screens;
import dev.dockernotes.notes.TopicGraph;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressStore;
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

    protected BaseCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected GlobalOptions globals() {
        return ((DockernotesCommand) spec.root().userObject()).globals();
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

    /** A snapshot of the saved progress; any notice (corrupt file moved aside...) is printed once. */
    protected Progress loadProgress() {
        try {
            return progressStore().load();
        } finally {
            printProgressNotices();
        }
    }

    /**
     * For commands that record progress (learn, quiz, lab): a snapshot, and, said once up front when
     * progress cannot be saved, why ("progress is not being saved: DIR is not writable").
     */
    protected Progress loadProgressToRecord() {
        try {
            Progress progress = progressStore().load();
            progressStore().checkSaving();
            return progress;
        } finally {
            printProgressNotices();
        }
    }

    /** True unless a check or a save found that progress cannot be saved (then do not advise resuming). */
    protected boolean progressIsSaved() {
        return progressStore().notSavedBecause().isEmpty();
    }

    /** Changes and saves progress (locked, atomic); fails with a one-line message if it cannot save. */
    protected Progress updateProgress(Consumer<Progress> change) {
        try {
            return progressStore().update(change);
        } finally {
            printProgressNotices();
        }
    }

    /**
     * Changes progress, saving it if possible: when it cannot be saved the change holds for this
     * run only and a notice says why. For saves that must not interrupt reading.
     */
    protected Progress recordProgress(Consumer<Progress> change) {
        try {
            return progressStore().updateOrNotice(change);
        } finally {
            printProgressNotices();
        }
    }

    /** Prints notices from the progress store to err, each once per session. */
    protected void printProgressNotices() {
        for (String notice : progressStore().takeNotices()) {
            err().println("dockernotes: " + notice);
        }
        err().flush();
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    protected abstract int run() throws Exception;
}
