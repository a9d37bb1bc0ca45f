package dev.dockernotes.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The labs' {@link Engine} over the Docker Engine API, through docker-java and its zerodep transport
 * (Unix socket, TCP, TCP with TLS). The only class that touches docker-java, so nothing of it loads
 * unless a lab talks to the engine. Every failure becomes an {@link EngineException} with one line
 * that says what to do.
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
                return Optional.of(info(client.inspectContainerCmd(name).exec()));
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
                        found.add(info(client.inspectContainerCmd(c.getId()).exec()));
                    } catch (NotFoundException gone) {
                        // removed meanwhile
                    }
                }
            }
            return found;
        });
    }

    private static ContainerInfo info(InspectContainerResponse r) {
        String name = r.getName() == null ? "" : r.getName().replaceFirst("^/", "");
        InspectContainerResponse.ContainerState state = r.getState();
        boolean running = state != null && Boolean.TRUE.equals(state.getRunning());
        Long exit = state == null ? null : state.getExitCodeLong();
        Instant started = state == null ? null : instant(state.getStartedAt());
        List<PortBinding> ports = new ArrayList<>();
        HostConfig hc = r.getHostConfig();
        Ports bindings = hc == null ? null : hc.getPortBindings();
        if (bindings != null) {
            for (Map.Entry<ExposedPort, Ports.Binding[]> e : bindings.getBindings().entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                for (Ports.Binding b : e.getValue()) {
                    int hostPort = parsePort(b.getHostPortSpec());
                    ports.add(new PortBinding(e.getKey().getPort(), e.getKey().getProtocol().toString(),
                            b.getHostIp() == null ? "" : b.getHostIp(), hostPort));
                }
            }
        }
        List<MountInfo> mounts = new ArrayList<>();
        if (r.getMounts() != null) {
            for (InspectContainerResponse.Mount m : r.getMounts()) {
                String dest = m.getDestination() == null ? "" : m.getDestination().getPath();
                mounts.add(new MountInfo(m.getName() != null ? "volume" : "bind", m.getName(), dest));
            }
        }
        Map<String, String> labels = r.getConfig() == null || r.getConfig().getLabels() == null
                ? Map.of() : new TreeMap<>(r.getConfig().getLabels());
        return new ContainerInfo(r.getId(), name, r.getConfig() == null ? "" : r.getConfig().getImage(),
                state == null ? "unknown" : String.valueOf(state.getStatus()), running,
                exit == null ? null : exit.intValue(), started,
                r.getConfig() != null && Boolean.TRUE.equals(r.getConfig().getTty()),
                r.getConfig() != null && Boolean.TRUE.equals(r.getConfig().getStdinOpen()),
                labels, ports, mounts, instant(r.getCreated()));
    }

    private static int parsePort(String spec) {
        try {
            return spec == null || spec.isEmpty() ? 0 : Integer.parseInt(spec.split("-")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(String s) {
        if (s == null || s.isEmpty() || s.startsWith("0001-")) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public Optional<VolumeInfo> volume(String name) {
        return call(() -> {
            try {
                InspectVolumeResponse v = client.inspectVolumeCmd(name).exec();
                Object created = v.getRawValues() == null ? null : v.getRawValues().get("CreatedAt");
                return Optional.of(new VolumeInfo(v.getName(), v.getLabels() == null ? Map.of() : v.getLabels(),
                        created == null ? null : instant(String.valueOf(created))));
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

    /** Collects what a container printed; bounded, since it is only compared with a word or two. */
    private static final class LogReader extends com.github.dockerjava.api.async.ResultCallback.Adapter<Frame> {
        final java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        volatile Throwable failure;

        @Override
        public void onNext(Frame frame) {
            if (frame.getPayload() != null && text.size() < 65536) {
                text.writeBytes(frame.getPayload());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            failure = throwable;
            super.onError(throwable);
        }
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

    /** Reads the modification time of the first entry of a tar stream (ustar or PAX header). */
    static final class TarHeader {
        private TarHeader() {}

        static Optional<Instant> firstEntryModified(InputStream in) throws IOException {
            Instant paxTime = null;
            while (true) {
                byte[] h = in.readNBytes(512);
                if (h.length < 512 || h[0] == 0) {
                    return Optional.empty();
                }
                long size = octal(h, 124, 12);
                char type = (char) h[156];
                if (type == 'x' || type == 'g') {
                    String records = new String(in.readNBytes((int) size), StandardCharsets.UTF_8);
                    in.skipNBytes(pad(size));
                    for (String rec : records.split("\n")) {
                        int eq = rec.indexOf("mtime=");
                        if (eq >= 0) {
                            String v = rec.substring(eq + 6);
                            long secs = Long.parseLong(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
                            String frac = v.contains(".") ? (v.substring(v.indexOf('.') + 1) + "000000000").substring(0, 9) : "0";
                            paxTime = Instant.ofEpochSecond(secs, Long.parseLong(frac));
                        }
                    }
                    continue;
                }
                return Optional.of(paxTime != null ? paxTime : Instant.ofEpochSecond(octal(h, 136, 12)));
            }
        }

        private static long pad(long size) {
            return (512 - size % 512) % 512;
        }

        private static long octal(byte[] h, int off, int len) {
            long v = 0;
            for (int i = off; i < off + len; i++) {
                int c = h[i];
                if (c >= '0' && c <= '7') {
                    v = v * 8 + (c - '0');
                } else if (v > 0 || c == 0) {
                    if (c == 0 || c == ' ') {
                        break;
                    }
                }
            }
            return v;
        }
    }


}
