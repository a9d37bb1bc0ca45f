package dev.dockernotes.cli;

import dev.dockernotes.notes.TopicGraph;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
        return ctx.outputStyle(globals());
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    protected abstract int run() throws Exception;
}
