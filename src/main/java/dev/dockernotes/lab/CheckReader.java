package dev.dockernotes.lab;

import static dev.dockernotes.content.ContentFile.describe;
import static dev.dockernotes.content.ContentFile.didYouMean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockernotes.content.ContentFile;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Validates the checks of a lab step: each {"type": ...} object becomes a {@link Check}, or problems. */
final class CheckReader {
    static final List<String> TYPES = List.of("answer", "container", "daemon", "file-in-container", "file-in-volume",
            "image", "port", "volume");
    private static final List<String> PROTOCOLS = List.of("tcp", "udp", "sctp");

    private final ContentFile file;
    private final Map<String, String> params;

    CheckReader(ContentFile file, Map<String, String> params) {
        this.file = file;
        this.params = params;
    }

    /** The check at {@code checks[index]}, or null (with problems) when it is not a valid one. */
    Check check(JsonNode checks, int index, String label) {
        JsonNode node = checks.get(index);
        if (!node.isObject()) {
            file.problem(checks, index, label + ": a check is a JSON object with a 'type', not " + describe(node));
            return null;
        }
        String type = file.text(node, "type", label, true);
        if (type == null) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual()) {
                LabReader.undeclared(file, label, params.keySet(), e.getValue().asText(), node, e.getKey());
            }
        }
        return switch (type) {
            case "daemon" -> {
                fields(node, label, "type");
                yield new Check.DaemonAnswers();
            }
            case "image" -> {
                fields(node, label, "type", "image");
                String image = file.text(node, "image", label, true);
                yield image == null ? null : new Check.ImageExists(image);
            }
            case "container" -> container(node, label);
            case "port" -> port(node, label);
            case "volume" -> {
                fields(node, label, "type", "name", "container", "path");
                String name = file.text(node, "name", label, true);
                String container = file.text(node, "container", label, false);
                String path = absolutePath(node, label, false, "");
                if ((container == null) != (path == null)) {
                    file.problem(node, label + ": a volume check names both 'container' and 'path', or neither");
                }
                yield name == null ? null : new Check.Volume(name, container, path);
            }
            case "file-in-container" -> {
                fields(node, label, "type", "container", "path", "afterRestart");
                String container = file.text(node, "container", label, true);
                String path = absolutePath(node, label, true, "");
                boolean after = node.has("afterRestart") && node.get("afterRestart").asBoolean();
                yield container == null || path == null ? null : new Check.FileInContainer(container, path, after);
            }
            case "file-in-volume" -> {
                fields(node, label, "type", "volume", "path");
                String volume = file.text(node, "volume", label, true);
                String path = absolutePath(node, label, true, " inside the volume");
                if (!params.containsKey("image")) {
                    file.problem(node, label + ": a file-in-volume check reads through a container: the lab needs an 'image' parameter");
                }
                yield volume == null || path == null ? null : new Check.FileInVolume(volume, path);
            }
            case "answer" -> {
                fields(node, label, "type", "field");
                String field = file.text(node, "field", label, true);
                yield field == null ? null : new Check.Answer(field);
            }
            default -> {
                file.problem(node, "type", label + ": unknown check type '" + type + "'" + didYouMean(type, TYPES)
                        + " (types: " + String.join(", ", TYPES) + ")");
                yield null;
            }
        };
    }

    private Check container(JsonNode node, String label) {
        fields(node, label, "type", "name", "state", "exitCode", "image", "interactive", "output");
        String name = file.text(node, "name", label, true);
        String state = file.text(node, "state", label, true);
        Check.Container.State st = null;
        if (state != null) {
            try {
                st = Check.Container.State.valueOf(state);
            } catch (IllegalArgumentException e) {
                file.problem(node, "state", label + ": state '" + state + "' is not one of exists, running, exited, absent");
            }
        }
        Integer exit = null;
        JsonNode code = node.get("exitCode");
        if (code != null) {
            if (!code.isInt()) {
                file.problem(node, "exitCode", label + ": 'exitCode' must be a whole number, not " + describe(code));
            } else {
                exit = code.asInt();
                if (st != Check.Container.State.exited) {
                    file.problem(node, "exitCode", label + ": 'exitCode' only makes sense with \"state\": \"exited\"");
                }
            }
        }
        Boolean interactive = node.has("interactive") ? node.get("interactive").asBoolean() : null;
        String image = file.text(node, "image", label, false);
        String output = file.text(node, "output", label, false);
        return name == null || st == null ? null : new Check.Container(name, st, exit, image, interactive, output);
    }

    private Check port(JsonNode node, String label) {
        fields(node, label, "type", "container", "hostPort", "containerPort", "protocol");
        String container = file.text(node, "container", label, true);
        JsonNode hostPort = node.get("hostPort");
        String host = hostPort != null && hostPort.isTextual() && Templates.isParameter(hostPort.asText())
                ? hostPort.asText() : String.valueOf(portNumber(node, label, "hostPort"));
        int containerPort = portNumber(node, label, "containerPort");
        String protocol = node.has("protocol") ? node.get("protocol").asText() : "tcp";
        if (!PROTOCOLS.contains(protocol)) {
            file.problem(node, "protocol", label + ": protocol '" + protocol + "' is not tcp, udp or sctp");
        }
        return container == null || host.equals("-1") || containerPort < 0 ? null
                : new Check.Port(container, host, containerPort, protocol);
    }

    private int portNumber(JsonNode node, String label, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            file.problem(node, label + ": missing field '" + field + "'");
            return -1;
        }
        if (!v.isInt() || v.asInt() < 1 || v.asInt() > 65535) {
            file.problem(node, field, label + ": '" + field + "' must be a port number from 1 to 65535");
            return -1;
        }
        return v.asInt();
    }

    private String absolutePath(JsonNode node, String label, boolean required, String where) {
        String path = file.text(node, "path", label, required);
        if (path != null && !path.startsWith("/")) {
            file.problem(node, "path", label + ": 'path' must be absolute" + where + " (start with /)");
        }
        return path;
    }

    private void fields(JsonNode node, String label, String... known) {
        file.unknownFields(node, label, List.of(known));
    }
}
