package dev.dockernotes.lab;

import java.util.Optional;

/** What must be so on the engine for a step to be done. Described as data in the lab files. */
public sealed interface Check {

    /** The container this check is about, when the lab asks the learner to create it. */
    default Optional<String> containerName() {
        return Optional.empty();
    }

    default Optional<String> volumeName() {
        return Optional.empty();
    }

    /** The daemon answers /_ping and /version. */
    record DaemonAnswers() implements Check {}

    /** An image with this reference (name:tag) exists locally. */
    record ImageExists(String image) implements Check {}

    /**
     * A container with this name is in this state: exists, running, exited (optionally with exit code),
     * or absent. Optionally created from {@code image}, with a terminal and open stdin (run -it), and having
     * printed exactly {@code output} (surrounding blank space aside).
     */
    record Container(String name, State state, Integer exitCode, String image, Boolean interactive, String output)
            implements Check {
        public enum State { exists, running, exited, absent }

        @Override
        public Optional<String> containerName() {
            return Optional.of(name);
        }
    }

    /** The container publishes host port {@code hostPort} (a number or a parameter) to {@code containerPort}/{@code protocol}. */
    record Port(String container, String hostPort, int containerPort, String protocol) implements Check {
        @Override
        public Optional<String> containerName() {
            return Optional.of(container);
        }
    }

    /** Volume exists; when {@code container} is set, it is mounted there at {@code path}. */
    record Volume(String name, String container, String path) implements Check {
        @Override
        public Optional<String> volumeName() {
            return Optional.of(name);
        }

        @Override
        public Optional<String> containerName() {
            return Optional.ofNullable(container);
        }
    }

    /**
     * A file is in the container's writable layer; with {@code afterRestart}, it was written before the
     * container's current run started, so it was kept across a stop and start.
     */
    record FileInContainer(String container, String path, boolean afterRestart) implements Check {
        @Override
        public Optional<String> containerName() {
            return Optional.of(container);
        }
    }

    /** A file exists inside a volume (read through a short-lived helper container the lab labels as its own). */
    record FileInVolume(String volume, String path) implements Check {
        @Override
        public Optional<String> volumeName() {
            return Optional.of(volume);
        }
    }

    /** The learner's answer ({@code lab answer VALUE}) equals this field of the Engine API's /version. */
    record Answer(String field) implements Check {}
}
