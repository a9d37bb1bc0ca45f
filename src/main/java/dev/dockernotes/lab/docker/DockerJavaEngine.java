package dev.dockernotes.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import dev.dockernotes.lab.Endpoint;
import dev.dockernotes.lab.Engine;
import dev.dockernotes.lab.EngineException;
import dev.dockernotes.lab.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The labs' {@link Engine} over the Docker Engine API, through docker-java and its zerodep
 * transport (Unix socket, TCP, TCP with TLS). Its package is the only one that touches docker-java,
 * so nothing of it loads unless a lab talks to the engine. Every failure becomes an
 * {@link EngineException} with one line that says what to do.
 */
public final class DockerJavaEngine implements Engine {
    /** Docker 1.12 (2016): every call the labs make exists from this API version on. */
    public static final String MINIMUM_API = "1.24";

    private final Endpoint endpoint;
    private final DockerClient client;
    private final DeadlineHttpClient http;
    /** Helpers made and not yet removed; a shutdown hook removes them if the program is stopped first. */
    private final Set<String> helpers = ConcurrentHashMap.newKeySet();
    private Thread onExit;
    private volatile boolean timedOut;

    private DockerJavaEngine(Endpoint endpoint, DockerClient client, DeadlineHttpClient http) {
        this.endpoint = endpoint;
        this.client = client;
        this.http = http;
    }

    /** How long any one call may take when nothing says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Clean-up after a call that timed out gets this long, so a stuck engine is not waited for twice. */
    private static final Duration CLEAN_UP_AFTER_TIMEOUT = Duration.ofSeconds(2);

    /** Connects and checks that the daemon answers with an API version the labs can use. */
    public static DockerJavaEngine connect(Endpoint endpoint) {
        return connect(endpoint, DEFAULT_TIMEOUT);
    }

    /** As {@link #connect(Endpoint)}, where every call (connect, request, answer) must be done within {@code timeout}. */
    public static DockerJavaEngine connect(Endpoint endpoint, Duration timeout) {
        EngineErrors.checkBeforeConnecting(endpoint);
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.host().toString())
                .withDockerTlsVerify(endpoint.tls());
        if (endpoint.tls()) {
            config.withCustomSslConfig(new LocalDirectorySSLConfig(endpoint.certPath().toString()));
        }
        DefaultDockerClientConfig cfg;
        javax.net.ssl.SSLContext ssl = null;
        try {
            cfg = config.build();
            if (endpoint.tls() && cfg.getSSLConfig() != null) {
                ssl = cfg.getSSLConfig().getSSLContext();
            }
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            throw new EngineException("cannot use the Docker settings (" + endpoint + "): "
                    + Printable.line(String.valueOf(e.getMessage())), e);
        }
        DeadlineHttpClient http = new DeadlineHttpClient(endpoint, ssl, timeout);
        DockerJavaEngine engine = new DockerJavaEngine(endpoint, DockerClientImpl.getInstance(cfg, http), http);
        try {
            Map<String, String> version = engine.version();
            String api = version.getOrDefault("ApiVersion", "");
            if (!api.isEmpty() && EngineErrors.olderThan(api, MINIMUM_API)) {
                throw new EngineException(EngineErrors.tooOld(endpoint, api, MINIMUM_API));
            }
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException e) {
            if (deadline(e)) {
                timedOut = true;
            }
            throw EngineErrors.translate(endpoint, e, http.timeout());
        }
    }

    private static boolean deadline(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeadlineHttpClient.DeadlineException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<String, String> version() {
        Version v = call(() -> client.versionCmd().exec());
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "Version", v.getVersion());
        put(fields, "ApiVersion", v.getApiVersion());
        put(fields, "MinAPIVersion", v.getMinAPIVersion());
        put(fields, "Os", v.getOperatingSystem());
        put(fields, "Arch", v.getArch());
        put(fields, "KernelVersion", v.getKernelVersion());
        put(fields, "GoVersion", v.getGoVersion());
        put(fields, "GitCommit", v.getGitCommit());
        return fields;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    @Override
    public Optional<ContainerInfo> container(String name) {
        return call(() -> {
            try {
                return Optional.of(Inspections.container(client.inspectContainerCmd(name).exec()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public List<ContainerInfo> containersLabelled(String label, String value) {
        return call(() -> {
            List<ContainerInfo> found = new ArrayList<>();
            List<Container> list = client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(label, value)).exec();
            for (Container c : list) {
                // The filter runs in the daemon; check again here so nothing unlabelled is ever touched.
                if (c.getLabels() != null && value.equals(c.getLabels().get(label))) {
                    try {
                        found.add(Inspections.container(client.inspectContainerCmd(c.getId()).exec()));
                    } catch (NotFoundException gone) {
                        // removed meanwhile
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Optional<VolumeInfo> volume(String name) {
        return call(() -> {
            try {
                return Optional.of(Inspections.volume(client.inspectVolumeCmd(name).exec()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean imageExists(String reference) {
        return call(() -> {
            try {
                client.inspectImageCmd(reference).exec();
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        });
    }

    @Override
    public List<String> changedPaths(String container) {
        return call(() -> {
            List<String> paths = new ArrayList<>();
            try {
                List<ChangeLog> changes = client.containerDiffCmd(container).exec();
                if (changes != null) {
                    for (ChangeLog c : changes) {
                        // Kind 0 = modified, 1 = added, 2 = deleted.
                        if (c.getKind() != null && c.getKind() != 2) {
                            paths.add(c.getPath());
                        }
                    }
                }
            } catch (NotFoundException e) {
                // no such container: no changes
            }
            return paths;
        });
    }

    @Override
    public Optional<Instant> fileModified(String container, String path) {
        return call(() -> {
            try (InputStream tar = client.copyArchiveFromContainerCmd(container, path).exec()) {
                return TarHeader.firstEntryModified(tar);
            } catch (NotFoundException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new EngineException("could not read " + path + " from container " + container + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public String output(String container) {
        return call(() -> {
            try {
                LogReader reader = new LogReader();
                client.logContainerCmd(container).withStdOut(true).withStdErr(true).withFollowStream(false)
                        .exec(reader).awaitCompletion();
                if (reader.failure != null) {
                    throw reader.failure instanceof RuntimeException r ? r : new RuntimeException(reader.failure);
                }
                return reader.text.toString(StandardCharsets.UTF_8);
            } catch (NotFoundException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeadlineHttpClient.StoppedException(e);
            }
        });
    }

    @Override
    public String createHelper(String labId, String image, String volume, String mountPath) {
        removeStaleHelpers(labId);
        String id = call(() -> client.createContainerCmd(image)
                .withLabels(Map.of(LAB_LABEL, labId, ROLE_LABEL, "helper"))
                .withCmd("true")
                .withHostConfig(HostConfig.newHostConfig()
                        .withBinds(new Bind(volume, new com.github.dockerjava.api.model.Volume(mountPath), AccessMode.ro)))
                .exec().getId());
        helpers.add(id);
        synchronized (this) {
            if (onExit == null) {
                onExit = new Thread(this::removeHelpersOnExit, "dockernotes-lab-clean-up");
                try {
                    Runtime.getRuntime().addShutdownHook(onExit);
                } catch (IllegalStateException shuttingDown) {
                    onExit = null;
                }
            }
        }
        return id;
    }

    /** Helpers of this lab that an earlier check could not remove (the engine stopped answering). */
    private void removeStaleHelpers(String labId) {
        List<Container> stale = call(() -> client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(LAB_LABEL, labId, ROLE_LABEL, "helper")).exec());
        for (Container c : stale) {
            if (c.getLabels() != null && labId.equals(c.getLabels().get(LAB_LABEL))
                    && "helper".equals(c.getLabels().get(ROLE_LABEL))) {
                removeContainer(c.getId());
            }
        }
    }

    @Override
    public void removeHelper(String id) {
        // Even when the thread was interrupted (Ctrl-C in the shell): clear the flag for this call, set it again after.
        boolean interrupted = Thread.interrupted();
        Duration before = http.timeout();
        if (timedOut) {
            http.timeout(CLEAN_UP_AFTER_TIMEOUT);
        }
        try {
            removeContainer(id);
            helpers.remove(id);
        } catch (EngineException e) {
            // left for the shutdown hook, or the next check of this lab, to remove
        } finally {
            http.timeout(before);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void removeHelpersOnExit() {
        http.timeout(CLEAN_UP_AFTER_TIMEOUT);
        for (String id : List.copyOf(helpers)) {
            try {
                client.removeContainerCmd(id).withForce(true).withRemoveVolumes(false).exec();
                helpers.remove(id);
            } catch (RuntimeException e) {
                // the engine does not answer: the next check of the lab removes it
            }
        }
    }

    @Override
    public void removeContainer(String idOrName) {
        call(() -> {
            client.removeContainerCmd(idOrName).withForce(true).withRemoveVolumes(false).exec();
            return null;
        });
    }

    @Override
    public void removeVolume(String name) {
        call(() -> {
            client.removeVolumeCmd(name).exec();
            return null;
        });
    }

    @Override
    public void close() {
        synchronized (this) {
            if (onExit != null && helpers.isEmpty()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway and finds nothing to do
                }
                onExit = null;
            }
        }
        if (onExit != null) {
            return; // helpers are left: the shutdown hook still needs the client
        }
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // nothing useful to tell the learner
        }
    }
}
