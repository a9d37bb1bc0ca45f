package dev.dockernotes;

import dev.dockernotes.cli.AppContext;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.cli.Environment;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
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
        AppContext ctx = new AppContext(Environment.system());
        int code = CommandLineFactory.create(ctx, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
