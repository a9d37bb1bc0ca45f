package dev.dockernotes.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link Engine} in memory: containers and volumes a test puts there, and what was removed. */
final class FakeEngine implements Engine {
    final Map<String, ContainerInfo> containers = new LinkedHashMap<>(); // by id
    final Map<String, VolumeInfo> volumes = new LinkedHashMap<>();
    final Map<String, String> outputs = new LinkedHashMap<>(); // container name -> what it printed
    final Map<String, List<String>> changed = new LinkedHashMap<>(); // container name -> paths
    final Map<String, Instant> modified = new LinkedHashMap<>(); // "container:path" -> when
    final List<String> images = new ArrayList<>(List.of("busybox:latest"));
    final List<String> removed = new ArrayList<>();
    final List<String> helpersMade = new ArrayList<>();
    Map<String, String> version = Map.of("Version", "20.10.24+dfsg1", "ApiVersion", "1.41");
    private int next = 1;

    /** A container as {@code docker container run/create} would make it. */
    ContainerInfo add(String name, String image, String status, Instant created, Map<String, String> labels) {
        String id = String.format("%064x", next++);
        ContainerInfo c = new ContainerInfo(id, name, image, status, status.equals("running"), status.equals("exited") ? 0 : null,
                created, false, false, labels, List.of(), List.of(), created);
        containers.put(id, c);
        return c;
    }

    ContainerInfo put(ContainerInfo c) {
        containers.put(c.id(), c);
        return c;
    }

    VolumeInfo addVolume(String name, Instant created) {
        VolumeInfo v = new VolumeInfo(name, Map.of(), created);
        volumes.put(name, v);
        return v;
    }

    @Override
    public Map<String, String> version() {
        return version;
    }

    @Override
    public Optional<ContainerInfo> container(String nameOrId) {
        ContainerInfo byId = containers.get(nameOrId);
        if (byId != null) {
            return Optional.of(byId);
        }
        return containers.values().stream().filter(c -> c.name().equals(nameOrId)).findFirst();
    }

    @Override
    public List<ContainerInfo> containersLabelled(String label, String value) {
        return containers.values().stream().filter(c -> value.equals(c.labels().get(label))).toList();
    }

    @Override
    public Optional<VolumeInfo> volume(String name) {
        return Optional.ofNullable(volumes.get(name));
    }

    @Override
    public String output(String container) {
        return outputs.getOrDefault(container, "");
    }

    @Override
    public boolean imageExists(String reference) {
        return images.contains(reference.contains(":") ? reference : reference + ":latest");
    }

    @Override
    public List<String> changedPaths(String container) {
        return changed.getOrDefault(container, List.of());
    }

    @Override
    public Optional<Instant> fileModified(String container, String path) {
        return Optional.ofNullable(modified.get(container + ":" + path));
    }

    @Override
    public String createHelper(String labId, String image, String volume, String mountPath) {
        ContainerInfo c = add("helper-" + next, image, "created", Instant.now(), Map.of(LAB_LABEL, labId, ROLE_LABEL, "helper"));
        helpersMade.add(c.id());
        return c.id();
    }

    @Override
    public void removeHelper(String id) {
        removeContainer(id);
    }

    @Override
    public void removeContainer(String idOrName) {
        ContainerInfo c = container(idOrName).orElseThrow(() -> new EngineException("no such container " + idOrName));
        containers.remove(c.id());
        removed.add("container " + c.name());
    }

    @Override
    public void removeVolume(String name) {
        boolean inUse = containers.values().stream().anyMatch(c -> c.mounts().stream().anyMatch(m -> name.equals(m.name())));
        if (inUse) {
            throw new EngineException("the Docker Engine answered: remove " + name + ": volume is in use");
        }
        if (volumes.remove(name) == null) {
            throw new EngineException("no such volume " + name);
        }
        removed.add("volume " + name);
    }

    @Override
    public void close() {}
}
