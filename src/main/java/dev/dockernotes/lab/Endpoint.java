package dev.dockernotes.lab;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Docker Engine is, by the docker CLI's rules: DOCKER_HOST (unix:// or tcp://), with
 * DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (default ~/.docker) for TLS; else the default socket.
 */
public record Endpoint(URI host, boolean tls, Path certPath) {
    public static final String DEFAULT_SOCKET = "/var/run/docker.sock";

    public static Endpoint fromEnvironment(Map<String, String> env) {
        String host = value(env, "DOCKER_HOST").orElse("unix://" + DEFAULT_SOCKET);
        URI uri;
        try {
            uri = URI.create(host);
        } catch (IllegalArgumentException e) {
            throw new EngineException("DOCKER_HOST=" + host + " is not an address: use unix:///path/to/docker.sock or tcp://host:port");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("unix") && !scheme.equals("tcp")) {
            throw new EngineException("DOCKER_HOST=" + host + " is not supported here: use unix:///path/to/docker.sock or tcp://host:port");
        }
        if (scheme.equals("unix") && (uri.getPath() == null || uri.getPath().isEmpty())) {
            throw new EngineException("DOCKER_HOST=" + host + " names no socket: use unix:///path/to/docker.sock");
        }
        if (scheme.equals("tcp") && (uri.getHost() == null || uri.getPort() < 0)) {
            throw new EngineException("DOCKER_HOST=" + host + " needs a host and a port, like tcp://node3:2376");
        }
        // Like the docker CLI: any non-empty DOCKER_TLS_VERIFY turns verification on.
        boolean tls = scheme.equals("tcp") && value(env, "DOCKER_TLS_VERIFY").isPresent();
        Path certs = value(env, "DOCKER_CERT_PATH").map(Path::of)
                .orElseGet(() -> Path.of(value(env, "HOME").orElse(System.getProperty("user.home")), ".docker"));
        return new Endpoint(uri, tls, certs);
    }

    public boolean isUnix() {
        return "unix".equals(host.getScheme());
    }

    public Path socket() {
        return Path.of(host.getPath());
    }

    /** How a learner asks this engine for /version with curl, as Chapter 2 shows. */
    public String curl(String apiPath) {
        if (isUnix()) {
            return "curl --unix-socket " + host.getPath() + " http://localhost" + apiPath;
        }
        if (tls) {
            return "curl --cacert " + certPath.resolve("ca.pem") + " --cert " + certPath.resolve("cert.pem")
                    + " --key " + certPath.resolve("key.pem") + " https://" + host.getHost() + ":" + host.getPort() + apiPath;
        }
        return "curl http://" + host.getHost() + ":" + host.getPort() + apiPath;
    }

    @Override
    public String toString() {
        return host.toString();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
