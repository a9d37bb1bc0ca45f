package dev.dockernotes.lab;

import java.time.Duration;
import java.util.Map;

/**
 * Connects to the engine named by the environment. The docker-java classes are loaded here, on the
 * first call, and never by commands that do not run a lab.
 */
public final class Engines {
    /** Seconds any one engine call may take (default 10); for slow engines, and for tests. */
    public static final String TIMEOUT_VARIABLE = "DOCKERNOTES_ENGINE_TIMEOUT";

    private Engines() {}

    public static Engine connect(Map<String, String> env) {
        return dev.dockernotes.lab.docker.DockerJavaEngine.connect(Endpoint.fromEnvironment(env), timeout(env));
    }

    static Duration timeout(Map<String, String> env) {
        String v = env.get(TIMEOUT_VARIABLE);
        if (v == null || v.isBlank()) {
            return Duration.ofSeconds(10);
        }
        try {
            double seconds = Double.parseDouble(v.trim());
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new EngineException(TIMEOUT_VARIABLE + "=" + v + " is not a number of seconds from 0.1 to 3600");
    }
}
