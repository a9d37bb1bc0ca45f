package dev.dockernotes.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a step against the engine: every check of the step must hold. Each check that does not hold
 * says precisely what is not yet so ("container dn-web exists but is not running").
 */
public final class Checker {
    private final Engine engine;
    private final Map<String, String> params;

    public Checker(Engine engine, Map<String, String> params) {
        this.engine = engine;
        this.params = params;
    }

    /** A container or volume a check found by one of the lab's names: what the lab may later own. */
    public record Seen(Kind kind, String name, String id, Instant created) {
        public enum Kind { container, volume }
    }

    /** What is not yet so (empty when the step is done), and the containers and volumes looked at. */
    public record Result(List<String> unmet, List<Seen> seen) {
        public boolean passed() {
            return unmet.isEmpty();
        }
    }

    /** What is not yet so; empty when the step is done. {@code answer} is what the learner typed, if anything. */
    public List<String> unmet(Lab lab, Step step, Optional<String> answer) {
        return check(lab, step, answer).unmet();
    }

    public Result check(Lab lab, Step step, Optional<String> answer) {
        seen.clear();
        List<String> unmet = new ArrayList<>();
        for (Check c : step.checks()) {
            check(lab, c, answer).ifPresent(u -> {
                if (!unmet.contains(u)) {
                    unmet.add(u);
                }
            });
        }
        return new Result(List.copyOf(unmet), List.copyOf(seen.values()));
    }

    private final Map<String, Seen> seen = new java.util.LinkedHashMap<>();

    private Optional<Engine.ContainerInfo> container(String name) {
        Optional<Engine.ContainerInfo> found = engine.container(name);
        found.ifPresent(i -> seen.putIfAbsent("c:" + i.id(), new Seen(Seen.Kind.container, name, i.id(), i.created())));
        return found;
    }

    private Optional<Engine.VolumeInfo> volumeNamed(String name) {
        Optional<Engine.VolumeInfo> found = engine.volume(name);
        found.ifPresent(v -> seen.putIfAbsent("v:" + v.name(), new Seen(Seen.Kind.volume, v.name(), v.name(), v.created())));
        return found;
    }

    /** The answer as typed, without quotes around it or a "v" before a version number ("v1.41" is 1.41). */
    static String normalizeAnswer(String typed, String expected) {
        String given = typed.trim().replaceAll("^[\"']|[\"']$", "").trim();
        if (given.matches("[vV]\\d.*") && !expected.matches("[vV].*")) {
            given = given.substring(1);
        }
        return given;
    }

    private String p(String s) {
        return s == null ? null : Templates.fill(s, params);
    }

    private Optional<String> check(Lab lab, Check check, Optional<String> answer) {
        if (check instanceof Check.DaemonAnswers) {
            engine.version(); // throws with what to do when it does not answer
            return Optional.empty();
        }
        if (check instanceof Check.ImageExists c) {
            String image = p(c.image());
            return engine.imageExists(image) ? Optional.empty()
                    : Optional.of("there is no image " + image + " on this engine yet");
        }
        if (check instanceof Check.Container c) {
            return container(c);
        }
        if (check instanceof Check.Port c) {
            return port(c);
        }
        if (check instanceof Check.Volume c) {
            return volume(c);
        }
        if (check instanceof Check.FileInContainer c) {
            return fileInContainer(c);
        }
        if (check instanceof Check.FileInVolume c) {
            return fileInVolume(lab, c);
        }
        if (check instanceof Check.Answer c) {
            if (answer.isEmpty()) {
                return Optional.of("this step wants your answer: dockernotes lab answer VALUE");
            }
            String expected = engine.version().get(c.field());
            if (expected == null) {
                return Optional.of("the engine's /version has no \"" + c.field() + "\" to compare with");
            }
            String given = normalizeAnswer(answer.get(), expected);
            return expected.equals(given) ? Optional.empty()
                    : Optional.of("\"" + given + "\" is not what the engine says for " + c.field()
                    + ": look for \"" + c.field() + "\" in what curl printed");
        }
        throw new IllegalStateException("unknown check " + check);
    }

    private Optional<String> container(Check.Container c) {
        String name = p(c.name());
        Optional<Engine.ContainerInfo> found = container(name);
        if (c.state() == Check.Container.State.absent) {
            return found.isEmpty() ? Optional.empty()
                    : Optional.of("container " + name + " still exists (" + describe(found.get()) + "): remove it");
        }
        if (found.isEmpty()) {
            return Optional.of("there is no container named " + name + " yet");
        }
        Engine.ContainerInfo info = found.get();
        if (c.image() != null && !sameImage(info.image(), p(c.image()))) {
            return Optional.of("container " + name + " was made from image " + info.image() + ", not " + p(c.image())
                    + ": remove it (docker container rm -f " + name + ") and make it again");
        }
        if (Boolean.TRUE.equals(c.interactive()) && !(info.tty() && info.openStdin())) {
            return Optional.of("container " + name + " was not started interactively (it has no terminal and open input):"
                    + " remove it (docker container rm -f " + name + ") and run it again with -it");
        }
        switch (c.state()) {
            case running -> {
                if (!info.running()) {
                    String why = "exited".equals(info.status()) && info.exitCode() != null
                            ? " (it exited with code " + info.exitCode() + ")" : " (it is " + info.status() + ")";
                    return Optional.of("container " + name + " exists but is not running" + why);
                }
            }
            case exited -> {
                if (info.running()) {
                    return Optional.of("container " + name + " is still running: stop it");
                }
                if (!"exited".equals(info.status())) {
                    return Optional.of("container " + name + " has not run yet (it is " + info.status() + ")");
                }
                if (c.exitCode() != null && !c.exitCode().equals(info.exitCode())) {
                    return Optional.of("container " + name + " exited with code " + info.exitCode() + ", not " + c.exitCode());
                }
            }
            default -> { }
        }
        if (c.output() != null) {
            String printed = engine.output(name).strip();
            String wanted = p(c.output()).strip();
            if (!printed.equals(wanted)) {
                String what = printed.isEmpty() ? "printed nothing" : "printed \"" + Printable.line(printed) + "\"";
                return Optional.of("container " + name + " " + what + ", not \"" + wanted + "\": remove it (docker container rm -f "
                        + name + ") and run it again");
            }
        }
        return Optional.empty();
    }

    private static String describe(Engine.ContainerInfo info) {
        return info.running() ? "running" : info.status();
    }

    static boolean sameImage(String actual, String wanted) {
        return normalize(actual).equals(normalize(wanted));
    }

    private static String normalize(String image) {
        String s = image == null ? "" : image.trim();
        s = s.replaceFirst("^docker\\.io/", "").replaceFirst("^library/", "");
        int slash = s.lastIndexOf('/');
        if (s.indexOf(':', slash + 1) < 0 && !s.contains("@")) {
            s = s + ":latest";
        }
        return s;
    }

    private Optional<String> port(Check.Port c) {
        String name = p(c.container());
        Optional<Engine.ContainerInfo> found = container(name);
        if (found.isEmpty()) {
            return Optional.of("there is no container named " + name + " yet");
        }
        List<Engine.PortBinding> toPort = found.get().ports().stream()
                .filter(b -> b.containerPort() == c.containerPort() && b.protocol().equals(c.protocol())).toList();
        String target = c.containerPort() + "/" + c.protocol();
        int hostPort;
        try {
            hostPort = Integer.parseInt(p(c.hostPort()).trim());
        } catch (NumberFormatException e) {
            throw new dev.dockernotes.errors.DockernotesException("the host port \"" + p(c.hostPort()) + "\" is not a number");
        }
        if (toPort.isEmpty()) {
            return Optional.of("container " + name + " publishes no host port to " + target
                    + ": it needs -p " + hostPort + ":" + c.containerPort() + " when it is created");
        }
        if (toPort.stream().noneMatch(b -> b.hostPort() == hostPort)) {
            return Optional.of("container " + name + " publishes host port " + toPort.get(0).hostPort() + " to " + target
                    + ", not " + hostPort);
        }
        return Optional.empty();
    }

    private Optional<String> volume(Check.Volume c) {
        String name = p(c.name());
        if (volumeNamed(name).isEmpty()) {
            return Optional.of("there is no volume named " + name + " yet");
        }
        if (c.container() == null) {
            return Optional.empty();
        }
        String container = p(c.container());
        String path = p(c.path());
        Optional<Engine.ContainerInfo> found = container(container);
        if (found.isEmpty()) {
            return Optional.of("there is no container named " + container + " yet");
        }
        List<Engine.MountInfo> mounts = found.get().mounts().stream().filter(m -> name.equals(m.name())).toList();
        if (mounts.isEmpty()) {
            return Optional.of("volume " + name + " is not mounted in container " + container
                    + ": it needs -v " + name + ":" + path + " when it is created");
        }
        if (mounts.stream().noneMatch(m -> path.equals(m.destination()))) {
            return Optional.of("volume " + name + " is mounted at " + mounts.get(0).destination() + " in container "
                    + container + ", not at " + path);
        }
        return Optional.empty();
    }

    private Optional<String> fileInContainer(Check.FileInContainer c) {
        String name = p(c.container());
        String path = p(c.path());
        Optional<Engine.ContainerInfo> found = container(name);
        if (found.isEmpty()) {
            return Optional.of("there is no container named " + name + " yet");
        }
        if (!engine.changedPaths(name).contains(path)) {
            return Optional.of("container " + name + " has no " + path + " in its writable layer yet");
        }
        if (c.afterRestart()) {
            Engine.ContainerInfo info = found.get();
            if (!info.running()) {
                return Optional.of("container " + name + " keeps " + path + ", but it is not running: start it again");
            }
            Optional<Instant> modified = engine.fileModified(name, path);
            Instant started = info.startedAt();
            // The tar header keeps whole seconds: only a file written a second or more before this run counts.
            if (modified.isEmpty() || started == null
                    || !modified.get().isBefore(started.minusNanos(started.getNano()))) {
                return Optional.of("container " + name + " has " + path + ", but it was written during the container's"
                        + " current run: stop the container and start it again, then check");
            }
        }
        return Optional.empty();
    }

    private Optional<String> fileInVolume(Lab lab, Check.FileInVolume c) {
        String volume = p(c.volume());
        String path = p(c.path());
        if (volumeNamed(volume).isEmpty()) {
            return Optional.of("there is no volume named " + volume + " yet");
        }
        String image = params.get("image");
        // Read it through a container the lab makes, labels as its own, never starts, and removes at once.
        String mount = "/dockernotes-volume";
        String helper = engine.createHelper(lab.id(), image, volume, mount);
        try {
            return engine.fileModified(helper, mount + path).isPresent() ? Optional.empty()
                    : Optional.of("volume " + volume + " has no " + path.substring(1) + " in it yet");
        } finally {
            engine.removeHelper(helper);
        }
    }
}
