package dev.dockernotes.lab;

import java.util.Map;

/**
 * Connects to the engine named by the environment. The docker-java classes are loaded here, on the
 * first call, and never by commands that do not run a lab.
 */
public final class Engines {
    private Engines() {}

    public static Engine connect(Map<String, String> env) {
        return dev.dockernotes.lab.docker.DockerJavaEngine.connect(Endpoint.fromEnvironment(env));
    }
}
