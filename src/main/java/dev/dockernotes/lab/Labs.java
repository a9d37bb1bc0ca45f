package dev.dockernotes.lab;

import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which lab and step the learner is at, and the parameters texts and checks are filled with. */
public final class Labs {
    private Labs() {}

    /** The first step not finished yet; empty when the lab is done. */
    public static Optional<Step> currentStep(Lab lab, Progress progress) {
        LabRecord r = progress.labRecords().get(lab.id());
        return lab.steps().stream().filter(s -> r == null || !r.isFinished(s.id())).findFirst();
    }

    public static int finishedCount(Lab lab, Progress progress) {
        LabRecord r = progress.labRecords().get(lab.id());
        return r == null ? 0 : (int) lab.steps().stream().filter(s -> r.isFinished(s.id())).count();
    }

    /**
     * Records, from one check, the containers and volumes made since the lab was opened: the exact ids
     * {@code lab reset} may later remove. Ones older than the lab are the learner's own and never recorded.
     */
    public static void recordMade(LabRecord record, List<Checker.Seen> seen) {
        Optional<java.time.Instant> started = record.started();
        if (started.isEmpty()) {
            return;
        }
        for (Checker.Seen s : seen) {
            if (s.created() == null || olderThan(s.created(), started.get())) {
                continue;
            }
            if (s.kind() == Checker.Seen.Kind.container) {
                record.madeContainer(s.id(), s.name());
            } else {
                record.madeVolume(s.name(), s.created());
            }
        }
    }

    /**
     * A step that passed without the learner doing anything for it: it asks for nothing a check can see
     * made (only that the daemon answers, or an image is there), or everything it looked at is older than
     * the lab. Such a step is "already done", not a pass.
     */
    public static boolean alreadySo(Step step, List<Checker.Seen> seen, Optional<java.time.Instant> started) {
        boolean makesNothing = step.checks().stream()
                .allMatch(c -> c instanceof Check.DaemonAnswers || c instanceof Check.ImageExists);
        if (makesNothing) {
            return true;
        }
        if (step.wantsAnswer() || seen.isEmpty() || started.isEmpty()) {
            return false;
        }
        return seen.stream().allMatch(s -> s.created() != null && olderThan(s.created(), started.get()));
    }

    /**
     * Not provably made while the lab was open, so the learner's own. A container's creation time has
     * nanoseconds; a volume's only whole seconds, and within the second the lab was opened nobody can
     * tell before from after: such a volume counts as the learner's (never removed), and only one made
     * from the next whole second on counts as made during the lab.
     */
    static boolean olderThan(java.time.Instant created, java.time.Instant started) {
        if (created.getNano() == 0) {
            return !created.isAfter(started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        return !created.isAfter(started);
    }

    public static boolean started(Lab lab, Progress progress) {
        return progress.labRecords().containsKey(lab.id());
    }

    /**
     * The lab to work on when none is named: the first started and unfinished one in reading order,
     * else the first unfinished one; empty when every lab is done.
     */
    public static Optional<Lab> current(List<Lab> labs, Progress progress) {
        return labs.stream().filter(l -> started(l, progress) && currentStep(l, progress).isPresent()).findFirst()
                .or(() -> labs.stream().filter(l -> currentStep(l, progress).isPresent()).findFirst());
    }

    /**
     * The parameters: the lab's defaults, then DOCKERNOTES_LAB_IMAGE, then the ones given on the command
     * line; plus ${curl} and ${socket} for the endpoint in use.
     */
    public static Map<String, String> params(Lab lab, Map<String, String> env, Map<String, String> given) {
        Map<String, String> params = new LinkedHashMap<>(lab.params());
        String envImage = env.get("DOCKERNOTES_LAB_IMAGE");
        if (envImage != null && !envImage.isBlank() && params.containsKey("image")) {
            params.put("image", envImage.trim());
        }
        params.putAll(given);
        Endpoint endpoint;
        try {
            endpoint = Endpoint.fromEnvironment(env);
        } catch (EngineException e) {
            endpoint = Endpoint.fromEnvironment(Map.of());
        }
        params.put("curl", endpoint.curl("/version"));
        params.put("socket", endpoint.isUnix() ? endpoint.socket().toString() : Endpoint.DEFAULT_SOCKET);
        return params;
    }
}
