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
