package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The launcher's class-data-sharing training run ({@code --cds-training}, not for users): runs the
 * everyday one-shot commands in-process, output discarded, so the archive made at exit holds the
 * classes each of them loads. A command that fails here only means fewer classes archived.
 */
public final class TrainingRun {
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"--version"},
            new String[] {"--help"},
            new String[] {"chapters"},
            new String[] {"topics", "chapter2"},
            new String[] {"show", "the-shim"},
            new String[] {"search", "volume"},
            new String[] {"explain", "docker", "container", "stop"},
            new String[] {"explain", "docker", "run", "-it", "-p", "8080:80", "ubuntu"},
            new String[] {"learn", "chapter2"},
            new String[] {"quiz", "chapter1", "--count", "5", "--seed", "1"},
            new String[] {"progress"},
            new String[] {"check"},
            new String[] {"graph"},
            new String[] {"show", "no-such-topic"});

    private TrainingRun() {}

    public static int run(AppContext ctx) {
        for (String[] args : COMMANDS) {
            StringWriter sink = new StringWriter();
            PrintWriter w = new PrintWriter(sink);
            try {
                CommandLineFactory.forArgs(ctx, w, w, args).execute(args);
            } catch (RuntimeException e) {
                // a command missing from this build: the archive simply holds fewer classes
            }
        }
        return ExitCodes.OK;
    }
}
