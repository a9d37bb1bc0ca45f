package dev.dockernotes.lab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labs: versioned JSON files, one per chapter ({@code labs/chapterN.json} in the jar, or a folder).
 * Loading validates them; every problem is reported as {@code file:line: message} and the bad lab is
 * left out, so {@code check} can list them all and {@code lab} still works with the good ones.
 */
public final class LabCatalog {
    public static final int VERSION = 1;
    public static final String RESOURCE_DIR = "labs/";
    private static final int MAX_BUILT_IN_CHAPTERS = 30;
    private static final Pattern PARAM = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    /** Parameters dockernotes fills in itself from the endpoint in use. */
    public static final Set<String> BUILT_IN_PARAMS = Set.of("curl", "socket");
    private static final Set<String> CHECK_TYPES = Set.of("daemon", "image", "container", "port", "volume",
            "file-in-container", "file-in-volume", "answer");

    private final List<Lab> labs;
    private final List<Problem> problems;
    private final int files;

    private LabCatalog(List<Lab> labs, List<Problem> problems, int files) {
        this.labs = List.copyOf(labs);
        this.problems = List.copyOf(problems);
        this.files = files;
    }

    public List<Lab> labs() {
        return labs;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int files() {
        return files;
    }

    public Optional<Lab> lab(String id) {
        return labs.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<Lab> ofChapter(String chapterKey) {
        return labs.stream().filter(l -> l.chapter().equals(chapterKey)).toList();
    }

    public static LabCatalog loadBuiltIn(Set<String> chapters) {
        Builder b = new Builder(chapters);
        ClassLoader cl = LabCatalog.class.getClassLoader();
        for (int i = 1; i <= MAX_BUILT_IN_CHAPTERS; i++) {
            String name = "chapter" + i + ".json";
            try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in != null) {
                    b.add("labs/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                b.problems.add(new Problem("labs/" + name, 0, "cannot read: " + e.getMessage()));
            }
        }
        return b.build();
    }

    public static LabCatalog loadFolder(Path folder, Set<String> chapters) {
        Builder b = new Builder(chapters);
        if (!Files.isDirectory(folder)) {
            throw new DockernotesException(folder + ": no such folder of labs");
        }
        List<Path> jsons;
        try (Stream<Path> s = Files.list(folder)) {
            jsons = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new DockernotesException(folder + ": cannot list: " + e.getMessage(), e);
        }
        for (Path p : jsons) {
            try {
                b.add(p.toString(), Files.readString(p));
            } catch (IOException e) {
                b.problems.add(new Problem(p.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }
        return b.build();
    }

    /** Fills ${name} from the parameters; unknown names stay as they are. */
    public static String fill(String text, Map<String, String> params) {
        Matcher m = PARAM.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = params.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final class Builder {
        final Set<String> chapters;
        final List<Lab> labs = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        int files;

        Builder(Set<String> chapters) {
            this.chapters = chapters;
        }

        LabCatalog build() {
            problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
            return new LabCatalog(labs, problems, files);
        }

        void add(String file, String text) {
            files++;
            Map<String, Integer> lines;
            JsonNode root;
            try {
                lines = Lines.of(text);
                root = new ObjectMapper().readTree(text);
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                problems.add(new Problem(file, loc == null ? 0 : loc.getLineNr(), "not valid JSON: " + dev.dockernotes.text.JsonErrors.clean(e.getOriginalMessage())));
                return;
            }
            FileReader r = new FileReader(file, lines);
            if (root == null || !root.isObject()) {
                r.problem("", "a lab file is a JSON object with \"version\" and \"labs\"");
                problems.addAll(r.problems);
                return;
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isInt()) {
                r.problem("", "missing \"version\": " + VERSION);
            } else if (version.asInt() > VERSION) {
                r.problem("/version", "lab file version " + version.asInt() + " is newer than this dockernotes knows ("
                        + VERSION + "): update dockernotes");
                problems.addAll(r.problems);
                return;
            }
            JsonNode list = root.get("labs");
            if (list == null || !list.isArray()) {
                r.problem("", "missing \"labs\": a list of labs");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    int before = r.problems.size();
                    Lab lab = r.lab(list.get(i), "/labs/" + i);
                    if (lab != null && r.problems.size() == before) {
                        if (!ids.add(lab.id())) {
                            r.problem("/labs/" + i + "/id", "lab id \"" + lab.id() + "\" is used twice");
                        } else {
                            if (!chapters.isEmpty() && !chapters.contains(lab.chapter())) {
                                r.problem("/labs/" + i + "/chapter", "no chapter \"" + lab.chapter() + "\" in the notes");
                            } else {
                                labs.add(lab);
                            }
                        }
                    }
                }
            }
            problems.addAll(r.problems);
        }
    }

    /** Reads one file's labs, noting problems with the line of the value they are about. */
    private static final class FileReader {
        final String file;
        final Map<String, Integer> lines;
        final List<Problem> problems = new ArrayList<>();

        FileReader(String file, Map<String, Integer> lines) {
            this.file = file;
            this.lines = lines;
        }

        void problem(String pointer, String message) {
            String p = pointer;
            Integer line = lines.get(p);
            while (line == null && !p.isEmpty()) {
                p = p.substring(0, p.lastIndexOf('/'));
                line = lines.get(p);
            }
            problems.add(new Problem(file, line == null ? 1 : line, message));
        }

        String text(JsonNode node, String pointer, String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(pointer, "missing \"" + field + "\"");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(pointer + "/" + field, "\"" + field + "\" must be a non-empty string");
                return null;
            }
            return dev.dockernotes.text.Controls.visible(v.asText()); // shown, never obeyed
        }

        List<String> texts(JsonNode node, String pointer, String field, boolean required) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null) {
                if (required) {
                    problem(pointer, "missing \"" + field + "\"");
                }
                return out;
            }
            if (!v.isArray()) {
                problem(pointer + "/" + field, "\"" + field + "\" must be a list of strings");
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                    problem(pointer + "/" + field + "/" + i, "\"" + field + "\" must hold non-empty strings");
                } else {
                    out.add(dev.dockernotes.text.Controls.visible(v.get(i).asText()));
                }
            }
            return out;
        }

        Lab lab(JsonNode node, String pointer) {
            if (!node.isObject()) {
                problem(pointer, "a lab is an object with id, chapter, title and steps");
                return null;
            }
            unknownFields(node, pointer, Set.of("id", "chapter", "title", "intro", "params", "steps"));
            String id = text(node, pointer, "id", true);
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
                problem(pointer + "/id", "lab id \"" + id + "\" must be lower-case letters, digits and dashes");
            }
            String chapter = text(node, pointer, "chapter", true);
            String title = text(node, pointer, "title", true);
            String intro = text(node, pointer, "intro", false);
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode p = node.get("params");
            if (p != null) {
                if (!p.isObject()) {
                    problem(pointer + "/params", "\"params\" must map names to default values");
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = p.properties().iterator(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                            problem(pointer + "/params/" + e.getKey(), "parameter \"" + e.getKey() + "\" needs a default value");
                        } else {
                            params.put(e.getKey(), e.getValue().asText());
                        }
                    }
                }
            }
            List<Step> steps = new ArrayList<>();
            JsonNode s = node.get("steps");
            if (s == null || !s.isArray() || s.isEmpty()) {
                problem(pointer, "a lab needs \"steps\": a non-empty list");
            } else {
                Set<String> stepIds = new HashSet<>();
                for (int i = 0; i < s.size(); i++) {
                    Step step = step(s.get(i), pointer + "/steps/" + i, params);
                    if (step != null) {
                        if (!stepIds.add(step.id())) {
                            problem(pointer + "/steps/" + i + "/id", "step id \"" + step.id() + "\" is used twice in lab " + id);
                        }
                        steps.add(step);
                    }
                }
            }
            if (id == null || chapter == null || title == null) {
                return null;
            }
            return new Lab(id, chapter.toLowerCase(Locale.ROOT), title, intro == null ? "" : intro,
                    Map.copyOf(params), List.copyOf(steps), file, lines.getOrDefault(pointer, 1));
        }

        void unknownFields(JsonNode node, String pointer, Set<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    problem(pointer + "/" + f, "unknown field \"" + f + "\" (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }

        void params(String text, String pointer, Map<String, String> params) {
            Matcher m = PARAM.matcher(text);
            while (m.find()) {
                if (!params.containsKey(m.group(1)) && !BUILT_IN_PARAMS.contains(m.group(1))) {
                    problem(pointer, "unknown parameter ${" + m.group(1) + "}: declare it in the lab's \"params\"");
                }
            }
        }

        Step step(JsonNode node, String pointer, Map<String, String> params) {
            if (!node.isObject()) {
                problem(pointer, "a step is an object with id, task, hints, solution and checks");
                return null;
            }
            unknownFields(node, pointer, Set.of("id", "task", "hints", "solution", "scripted", "checks"));
            String id = text(node, pointer, "id", true);
            String task = text(node, pointer, "task", true);
            List<String> hints = texts(node, pointer, "hints", true);
            if (node.has("hints") && hints.isEmpty()) {
                problem(pointer + "/hints", "a step needs at least one hint (a nudge), before the solution");
            }
            List<String> solution = texts(node, pointer, "solution", true);
            if (node.has("solution") && solution.isEmpty()) {
                problem(pointer + "/solution", "a step needs a solution: the commands that do it");
            }
            List<String> scripted = texts(node, pointer, "scripted", false);
            for (String field : List.of("task", "hints", "solution", "scripted")) {
                JsonNode v = node.get(field);
                if (v != null) {
                    if (v.isTextual()) {
                        params(v.asText(), pointer + "/" + field, params);
                    } else if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            params(v.get(i).asText(), pointer + "/" + field + "/" + i, params);
                        }
                    }
                }
            }
            List<Check> checks = new ArrayList<>();
            JsonNode c = node.get("checks");
            if (c == null || !c.isArray() || c.isEmpty()) {
                problem(pointer, "a step needs \"checks\": a non-empty list");
            } else {
                for (int i = 0; i < c.size(); i++) {
                    Check check = check(c.get(i), pointer + "/checks/" + i, params);
                    if (check != null) {
                        checks.add(check);
                    }
                }
            }
            if (id == null || task == null) {
                return null;
            }
            return new Step(id, task, List.copyOf(hints), List.copyOf(solution), List.copyOf(scripted),
                    List.copyOf(checks), lines.getOrDefault(pointer, 1));
        }

        Check check(JsonNode node, String pointer, Map<String, String> params) {
            if (!node.isObject()) {
                problem(pointer, "a check is an object with a \"type\"");
                return null;
            }
            String type = text(node, pointer, "type", true);
            if (type == null) {
                return null;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    params(e.getValue().asText(), pointer + "/" + e.getKey(), params);
                }
            }
            switch (type) {
                case "daemon" -> {
                    unknownFields(node, pointer, Set.of("type"));
                    return new Check.DaemonAnswers();
                }
                case "image" -> {
                    unknownFields(node, pointer, Set.of("type", "image"));
                    String image = text(node, pointer, "image", true);
                    return image == null ? null : new Check.ImageExists(image);
                }
                case "container" -> {
                    unknownFields(node, pointer, Set.of("type", "name", "state", "exitCode", "image", "interactive", "output"));
                    String name = text(node, pointer, "name", true);
                    String state = text(node, pointer, "state", true);
                    Check.Container.State st = null;
                    if (state != null) {
                        try {
                            st = Check.Container.State.valueOf(state);
                        } catch (IllegalArgumentException e) {
                            problem(pointer + "/state", "state \"" + state + "\" is not one of exists, running, exited, absent");
                        }
                    }
                    Integer exit = null;
                    if (node.has("exitCode")) {
                        if (!node.get("exitCode").isInt()) {
                            problem(pointer + "/exitCode", "\"exitCode\" must be a number");
                        } else {
                            exit = node.get("exitCode").asInt();
                            if (st != Check.Container.State.exited) {
                                problem(pointer + "/exitCode", "\"exitCode\" only makes sense with \"state\": \"exited\"");
                            }
                        }
                    }
                    Boolean interactive = node.has("interactive") ? node.get("interactive").asBoolean() : null;
                    String image = text(node, pointer, "image", false);
                    String output = text(node, pointer, "output", false);
                    return name == null || st == null ? null : new Check.Container(name, st, exit, image, interactive, output);
                }
                case "port" -> {
                    unknownFields(node, pointer, Set.of("type", "container", "hostPort", "containerPort", "protocol"));
                    String container = text(node, pointer, "container", true);
                    String host = node.has("hostPort") && node.get("hostPort").isTextual()
                            && node.get("hostPort").asText().matches("\\$\\{[A-Za-z][A-Za-z0-9]*}")
                            ? node.get("hostPort").asText() : String.valueOf(port(node, pointer, "hostPort"));
                    int cport = port(node, pointer, "containerPort");
                    String proto = node.has("protocol") ? node.get("protocol").asText() : "tcp";
                    if (!Set.of("tcp", "udp", "sctp").contains(proto)) {
                        problem(pointer + "/protocol", "protocol \"" + proto + "\" is not tcp, udp or sctp");
                    }
                    return container == null || host.equals("-1") || cport < 0 ? null : new Check.Port(container, host, cport, proto);
                }
                case "volume" -> {
                    unknownFields(node, pointer, Set.of("type", "name", "container", "path"));
                    String name = text(node, pointer, "name", true);
                    String container = text(node, pointer, "container", false);
                    String path = text(node, pointer, "path", false);
                    if ((container == null) != (path == null)) {
                        problem(pointer, "a volume check names both \"container\" and \"path\", or neither");
                    }
                    if (path != null && !path.startsWith("/")) {
                        problem(pointer + "/path", "\"path\" must be absolute (start with /)");
                    }
                    return name == null ? null : new Check.Volume(name, container, path);
                }
                case "file-in-container" -> {
                    unknownFields(node, pointer, Set.of("type", "container", "path", "afterRestart"));
                    String container = text(node, pointer, "container", true);
                    String path = text(node, pointer, "path", true);
                    if (path != null && !path.startsWith("/")) {
                        problem(pointer + "/path", "\"path\" must be absolute (start with /)");
                    }
                    boolean after = node.has("afterRestart") && node.get("afterRestart").asBoolean();
                    return container == null || path == null ? null : new Check.FileInContainer(container, path, after);
                }
                case "file-in-volume" -> {
                    unknownFields(node, pointer, Set.of("type", "volume", "path"));
                    String volume = text(node, pointer, "volume", true);
                    String path = text(node, pointer, "path", true);
                    if (path != null && !path.startsWith("/")) {
                        problem(pointer + "/path", "\"path\" must be absolute inside the volume (start with /)");
                    }
                    if (!params.containsKey("image")) {
                        problem(pointer, "a file-in-volume check reads through a container: the lab needs an \"image\" parameter");
                    }
                    return volume == null || path == null ? null : new Check.FileInVolume(volume, path);
                }
                case "answer" -> {
                    unknownFields(node, pointer, Set.of("type", "field"));
                    String field = text(node, pointer, "field", true);
                    return field == null ? null : new Check.Answer(field);
                }
                default -> {
                    problem(pointer + "/type", "unknown check type \"" + type + "\" (known: "
                            + String.join(", ", CHECK_TYPES.stream().sorted().toList()) + ")");
                    return null;
                }
            }
        }

        int port(JsonNode node, String pointer, String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                problem(pointer, "missing \"" + field + "\"");
                return -1;
            }
            if (!v.isInt() || v.asInt() < 1 || v.asInt() > 65535) {
                problem(pointer + "/" + field, "\"" + field + "\" must be a port number from 1 to 65535");
                return -1;
            }
            return v.asInt();
        }
    }

    /** The line where each JSON value starts, by JSON pointer ("" for the root, "/labs/0/steps/1"). */
    static final class Lines {
        private Lines() {}

        static Map<String, Integer> of(String text) throws JsonProcessingException {
            Map<String, Integer> lines = new HashMap<>();
            Deque<Object> path = new ArrayDeque<>(); // String field names or int[] array counters
            try (JsonParser p = new JsonFactory().createParser(text)) {
                JsonToken t;
                String field = null;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.FIELD_NAME) {
                        field = p.currentName();
                        continue;
                    }
                    if (t == JsonToken.END_OBJECT) {
                        path.pop();
                        continue;
                    }
                    if (t == JsonToken.END_ARRAY) {
                        path.pop(); // the counter
                        path.pop(); // the array's pointer
                        continue;
                    }
                    String here;
                    if (path.isEmpty()) {
                        here = "";
                    } else if (path.peek() instanceof int[] counter) {
                        here = pointer(path) + "/" + counter[0]++;
                    } else {
                        here = pointer(path) + "/" + field;
                    }
                    lines.put(here, p.currentTokenLocation().getLineNr());
                    if (t == JsonToken.START_OBJECT) {
                        path.push(here);
                    } else if (t == JsonToken.START_ARRAY) {
                        path.push(here);
                        path.push(new int[] {0});
                    }
                }
            } catch (JsonProcessingException e) {
                throw e;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return lines;
        }

        private static String pointer(Deque<Object> path) {
            for (Object o : path) {
                if (o instanceof String s) {
                    return s;
                }
            }
            return "";
        }
    }
}
