package dev.dockernotes.lab;

import java.io.Closeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the labs need from a Docker Engine, in the labs' own terms. The real one talks to the Engine
 * API through docker-java ({@code lab.docker}); tests may use a fake. Every method throws
 * {@link EngineException} with a one-line message the learner can act on.
 */
public interface Engine extends Closeable {

    /** The label every object a lab creates itself carries, with the lab id as value. */
    String LAB_LABEL = "dockernotes.lab";

    /** Set (to "helper") on the short-lived containers a check makes to look into a volume. */
    String ROLE_LABEL = "dockernotes.role";

    /** /version: Version, ApiVersion, MinAPIVersion, Os, Arch, KernelVersion... as the API names them. */
    Map<String, String> version();

    Optional<ContainerInfo> container(String name);

    /** Every container (running or not) with this label value. */
    List<ContainerInfo> containersLabelled(String label, String value);

    Optional<VolumeInfo> volume(String name);

    /** What the container printed (standard output and error, in order); empty when it printed nothing. */
    String output(String container);

    boolean imageExists(String reference);

    /** Paths added or changed in the container's writable layer. */
    List<String> changedPaths(String container);

    /** When the file at this path in the container was last modified; empty when there is no such file. */
    Optional<Instant> fileModified(String container, String path);

    /**
     * Creates (does not start) a helper container labelled {@code LAB_LABEL=labId} and
     * {@code ROLE_LABEL=helper}, with the volume mounted read-only; returns its id. Helpers left behind
     * by an earlier check that was cut short are removed first. The caller removes it with
     * {@link #removeHelper}; if the program is stopped before that, it is removed on the way out.
     */
    String createHelper(String labId, String image, String volume, String mountPath);

    /** Removes a helper container, even when the call that used it failed or was interrupted. */
    void removeHelper(String id);

    void removeContainer(String idOrName);

    void removeVolume(String name);

    @Override
    void close();

    record PortBinding(int containerPort, String protocol, String hostIp, int hostPort) {}

    record MountInfo(String type, String name, String destination) {}

    /** {@code created} is when the engine made it (null if it does not say). */
    record ContainerInfo(String id, String name, String image, String status, boolean running, Integer exitCode,
                         Instant startedAt, boolean tty, boolean openStdin, Map<String, String> labels,
                         List<PortBinding> ports, List<MountInfo> mounts, Instant created) {}

    /** {@code created} is when the engine made it (null if it does not say: API before 1.29). */
    record VolumeInfo(String name, Map<String, String> labels, Instant created) {}
}
