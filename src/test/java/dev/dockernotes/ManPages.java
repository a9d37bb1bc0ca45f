package dev.dockernotes;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.app.Environment;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages (AsciiDoc, one per command: dockernotes.adoc, dockernotes-learn.adoc, ...)
 * with picocli's ManPageGenerator from the very command tree the CLI builds. Run by Maven at
 * package time; `asciidoctor -b manpage` turns them into troff (README says how to install).
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        AppContext ctx = new AppContext(new Environment(Map.of(), new ByteArrayInputStream(new byte[0]), false, false));
        PrintWriter sink = new PrintWriter(new StringWriter());
        var commandLine = CommandLineFactory.create(ctx, sink, sink);
        int code = ManPageGenerator.generateManPage(out, null, new boolean[0], true, commandLine.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator exited with " + code);
        }
    }
}
