package dev.dockernotes.lab;

import static org.junit.jupiter.api.Assertions.fail;

import dev.dockernotes.testing.Processes;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The Docker Engine the lab tests run against: DOCKER_HOST, else /var/run/docker.sock. When none
 * answers the tests are skipped with a message, except in CI with DOCKERNOTES_REQUIRE_ENGINE=1,
 * where they fail: CI on this machine must run them (.ci/docker-engine.sh start).
 */
public final class EngineSupport {
    private EngineSupport() {}

    public static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        String host = System.getenv("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            env.put("DOCKER_HOST", host);
        }
        return env;
    }

    /** The DOCKER_HOST to hand to the program and to the docker CLI; skips or fails when no engine answers. */
    public static String requireEngine() {
        Map<String, String> env = env();
        try (Engine engine = Engines.connect(env)) {
            engine.version();
        } catch (EngineException e) {
            String why = "no Docker Engine answers (" + e.getMessage() + "); start one with: eval \"$(sudo bash .ci/docker-engine.sh start)\"";
            if ("true".equals(System.getenv("CI")) && "1".equals(System.getenv("DOCKERNOTES_REQUIRE_ENGINE"))) {
                fail("CI requires the lab tests to run, but " + why);
            }
            System.err.println("SKIPPED lab engine tests: " + why);
            Assumptions.abort("skipped: " + why);
        }
        return env.getOrDefault("DOCKER_HOST", "unix://" + Endpoint.DEFAULT_SOCKET);
    }

    /** Runs one shell line (a lab's solution) with the docker CLI pointed at the test engine; errors are merged into out. */
    public static Processes.Result sh(String dockerHost, String line) {
        ProcessBuilder pb = new ProcessBuilder(List.of("sh", "-c", line)).redirectErrorStream(true);
        pb.environment().put("DOCKER_HOST", dockerHost);
        try {
            return Processes.run(pb, null, Processes.TIMEOUT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
