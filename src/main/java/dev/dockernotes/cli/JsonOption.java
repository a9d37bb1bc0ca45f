package dev.dockernotes.cli;

import picocli.CommandLine.Option;

/** --json: machine-readable output instead of text. */
public final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    public boolean json() {
        return json;
    }
}
