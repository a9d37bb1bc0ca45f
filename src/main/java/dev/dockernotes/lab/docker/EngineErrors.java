package dev.dockernotes.lab.docker;

import com.github.dockerjava.api.exception.DockerException;
import dev.dockernotes.lab.Endpoint;
import dev.dockernotes.lab.EngineException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Locale;

/** Turns what goes wrong between us and the engine into one line that says what to do. */
final class EngineErrors {
    static final String NOT_RUNNING = "Docker is not running here: start the daemon (sudo systemctl start docker) or set DOCKER_HOST";

    private EngineErrors() {}

    static String noSocket(Endpoint e) {
        return NOT_RUNNING + " (no socket at " + e.socket() + ")";
    }

    static String stopped(Endpoint e) {
        return "the Docker daemon does not answer on " + e + " (the socket is there but nothing listens; was it stopped?):"
                + " start it (sudo systemctl start docker) or set DOCKER_HOST";
    }

    static String permission(Endpoint e) {
        return "permission denied on " + e.socket() + ": join the docker group (sudo usermod -aG docker $USER),"
                + " then log in again";
    }

    static String tooOld(Endpoint e, String api, String minimum) {
        return "the Docker Engine at " + e + " speaks API " + api + ", too old for the labs (they need " + minimum
                + " or newer, Docker 1.12+): upgrade Docker";
    }

    /** What can be told from the socket file alone, before any request. */
    static void checkBeforeConnecting(Endpoint e) {
        if (!e.isUnix()) {
            if (e.tls()) {
                for (String f : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
                    if (!Files.isReadable(e.certPath().resolve(f))) {
                        throw new EngineException("DOCKER_TLS_VERIFY is set but " + e.certPath().resolve(f)
                                + " cannot be read: set DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem");
                    }
                }
            }
            return;
        }
        if (!Files.exists(e.socket(), LinkOption.NOFOLLOW_LINKS) && !Files.exists(e.socket())) {
            throw new EngineException(noSocket(e));
        }
        if (!Files.isReadable(e.socket()) || !Files.isWritable(e.socket())) {
            throw new EngineException(permission(e));
        }
    }

    static String noAnswer(Endpoint e, java.time.Duration timeout) {
        return "the Docker Engine at " + e + " did not answer within " + DeadlineHttpClient.describe(timeout)
                + ": is the daemon stopped or busy, or DOCKER_HOST wrong?";
    }

    static EngineException translate(Endpoint e, RuntimeException ex, java.time.Duration timeout) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeadlineHttpClient.DeadlineException d) {
                return new EngineException(noAnswer(e, d.timeout), ex);
            }
            if (t instanceof DeadlineHttpClient.StoppedException) {
                return new EngineException("stopped: the lab did not wait for the Docker Engine at " + e, ex);
            }
        }
        String all = messages(ex).toLowerCase(Locale.ROOT);
        if (ex instanceof DockerException de) {
            String body = firstLine(de.getMessage());
            if (all.contains("client version") && all.contains("too old")) {
                return new EngineException("the Docker Engine at " + e + " refused the request: " + body, ex);
            }
            if (all.contains("is too new") || all.contains("maximum supported api version")) {
                return new EngineException("the Docker Engine at " + e + " speaks an API too old for the labs (" + body
                        + "): upgrade Docker", ex);
            }
            return new EngineException("the Docker Engine at " + e + " answered: " + body, ex);
        }
        if (all.contains("permission denied") || all.contains("eacces") || all.contains("errno 13")) {
            return new EngineException(permission(e), ex);
        }
        if (e.isUnix() && (all.contains("no such file") || all.contains("enoent") || all.contains("errno 2"))) {
            return new EngineException(noSocket(e), ex);
        }
        if (all.contains("connection refused") || all.contains("econnrefused") || all.contains("errno 111")) {
            return e.isUnix() ? new EngineException(stopped(e), ex)
                    : new EngineException("nothing answers at " + e + ": start the daemon there or fix DOCKER_HOST", ex);
        }
        if (all.contains("ssl") || all.contains("handshake") || all.contains("certificate") || all.contains("pkix")) {
            return new EngineException("the TLS connection to " + e + " failed (" + firstLine(deepest(ex).getMessage())
                    + "): check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY", ex);
        }
        if (all.contains("timed out") || all.contains("timeout")) {
            return new EngineException(noAnswer(e, timeout), ex);
        }
        if (all.contains("unknownhost") || all.contains("name or service not known") || all.contains("unknown host")) {
            return new EngineException("cannot find the host of DOCKER_HOST=" + e + ": fix DOCKER_HOST", ex);
        }
        return new EngineException("cannot talk to the Docker Engine at " + e + ": " + firstLine(deepest(ex).getMessage()), ex);
    }

    /** True when API version {@code a} (like "1.41") is older than {@code b}. */
    static boolean olderThan(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        return x[0] != y[0] ? x[0] < y[0] : x[1] < y[1];
    }

    private static int[] parse(String v) {
        String[] parts = v.trim().split("\\.");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException ex) {
            return new int[] {Integer.MAX_VALUE, 0};
        }
    }

    private static Throwable deepest(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        String line = s.strip().lines().findFirst().orElse("");
        // docker-java puts the daemon's JSON body after "Status NNN: "
        int m = line.indexOf("{\"message\":\"");
        if (m >= 0) {
            String rest = line.substring(m + 12);
            int end = rest.lastIndexOf("\"}");
            line = end >= 0 ? rest.substring(0, end) : rest;
        }
        // What the engine (or anything on that socket) says is printed: never raw escape sequences.
        return dev.dockernotes.lab.Printable.line(line);
    }
}
