package dev.dockernotes.lab.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import dev.dockernotes.lab.Engine.ContainerInfo;
import dev.dockernotes.lab.Engine.MountInfo;
import dev.dockernotes.lab.Engine.PortBinding;
import dev.dockernotes.lab.Engine.VolumeInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The engine's inspect answers (docker-java's responses) as the labs' {@link dev.dockernotes.lab.Engine} records. */
final class Inspections {
    private Inspections() {}

    /** A container as {@code docker inspect} describes it. */
    static ContainerInfo container(InspectContainerResponse r) {
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

    /** A volume as {@code docker volume inspect} describes it. */
    static VolumeInfo volume(InspectVolumeResponse v) {
        Object created = v.getRawValues() == null ? null : v.getRawValues().get("CreatedAt");
        return new VolumeInfo(v.getName(), v.getLabels() == null ? Map.of() : v.getLabels(),
                created == null ? null : instant(String.valueOf(created)));
    }
}
