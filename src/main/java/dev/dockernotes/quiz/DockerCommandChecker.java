package dev.dockernotes.quiz;

import dev.dockernotes.docker.CommandComparison;

/**
 * Command answers compared by the docker command model, the same one {@code explain} uses:
 * aliases, flag order, {@code -it} = {@code -i -t}, long and short forms, placeholders.
 */
public final class DockerCommandChecker implements CommandChecker {
    @Override
    public Comparison compare(String expected, String given) {
        CommandComparison.Result r = CommandComparison.compare(expected, given);
        return new Comparison(r.matches(), r.differences());
    }
}
