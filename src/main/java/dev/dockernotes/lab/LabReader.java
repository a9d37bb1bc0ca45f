package dev.dockernotes.lab;

import static dev.dockernotes.content.ContentFile.describe;
import static dev.dockernotes.content.ContentFile.didYouMean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockernotes.content.ContentFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates the labs of one lab file (that passed the versioned-file rule): each becomes a {@link Lab},
 * or problems with the file, line and column of the value they are about.
 */
final class LabReader {
    private static final List<String> LAB_FIELDS = List.of("id", "chapter", "title", "intro", "params", "steps");
    private static final List<String> STEP_FIELDS = List.of("id", "task", "hints", "solution", "scripted", "checks");
    private static final List<String> STEP_TEXTS = List.of("task", "hints", "solution", "scripted");

    private final ContentFile file;

    LabReader(ContentFile file) {
        this.file = file;
    }

    /** The lab at {@code labs[index]}, or null (with problems) when it is not a valid one. */
    Lab lab(JsonNode labs, int index) {
        JsonNode node = labs.get(index);
        if (!node.isObject()) {
            file.problem(labs, index, "a lab is a JSON object with 'id', 'chapter', 'title' and 'steps', not " + describe(node));
            return null;
        }
        int before = file.problemCount();
        String id = file.text(node, "id", "lab", true);
        String label = id == null ? "lab " + (index + 1) : "lab '" + id + "'";
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            file.problem(node, "id", label + ": a lab id is lower-case letters, digits and '-' only");
        }
        file.unknownFields(node, label, LAB_FIELDS);
        String chapter = file.text(node, "chapter", label, true);
        String title = file.text(node, "title", label, true);
        String intro = file.text(node, "intro", label, false);
        Map<String, String> params = params(node, label);
        List<Step> steps = steps(node, label, params);
        if (file.problemCount() > before || steps == null) {
            return null;
        }
        return new Lab(id, chapter.toLowerCase(Locale.ROOT), title, intro == null ? "" : intro,
                Map.copyOf(params), List.copyOf(steps), file.path(), file.json().at(node).line());
    }

    private Map<String, String> params(JsonNode lab, String label) {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = lab.get("params");
        if (p == null) {
            return params;
        }
        if (!p.isObject()) {
            file.problem(lab, "params", label + ": 'params' must map names to default values, not " + describe(p));
            return params;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = p.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                file.problem(p, e.getKey(), label + ": parameter '" + e.getKey() + "' needs a default value, not " + describe(e.getValue()));
            } else {
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        return params;
    }

    private List<Step> steps(JsonNode lab, String label, Map<String, String> params) {
        JsonNode list = lab.get("steps");
        if (list == null) {
            file.problem(lab, label + ": missing field 'steps'");
            return null;
        }
        if (!list.isArray() || list.isEmpty()) {
            file.problem(lab, "steps", label + ": 'steps' must be a list of at least one step, not "
                    + (list.isArray() ? "an empty list" : describe(list)));
            return null;
        }
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Step step = step(list, i, label, params);
            if (step != null) {
                if (!ids.add(step.id())) {
                    file.problem(list.get(i), "id", label + ": step id '" + step.id() + "' is used twice");
                }
                steps.add(step);
            }
        }
        return steps;
    }

    private Step step(JsonNode steps, int index, String labLabel, Map<String, String> params) {
        JsonNode node = steps.get(index);
        String label = labLabel + ", step " + (index + 1);
        if (!node.isObject()) {
            file.problem(steps, index, label + ": a step is a JSON object with 'id', 'task', 'hints', 'solution' and 'checks', not "
                    + describe(node));
            return null;
        }
        String id = file.text(node, "id", label, true);
        if (id != null) {
            label = labLabel + ", step '" + id + "'";
        }
        file.unknownFields(node, label, STEP_FIELDS);
        String task = file.text(node, "task", label, true);
        List<String> hints = file.strings(node, "hints", label, true);
        if (hints != null && hints.isEmpty()) {
            file.problem(node, "hints", label + ": 'hints' lists no hint; give at least one (a nudge) before the solution");
        }
        List<String> solution = file.strings(node, "solution", label, true);
        if (solution != null && solution.isEmpty()) {
            file.problem(node, "solution", label + ": 'solution' lists no command; give the commands that do it");
        }
        List<String> scripted = file.strings(node, "scripted", label, false);
        for (String field : STEP_TEXTS) {
            JsonNode v = node.get(field);
            if (v != null && v.isTextual()) {
                undeclared(file, label, params.keySet(), v.asText(), node, field);
            } else if (v != null && v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    undeclared(file, label, params.keySet(), v.get(i).asText(), v, i);
                }
            }
        }
        List<Check> checks = checks(node, label, params);
        if (id == null || task == null || hints == null || solution == null || scripted == null) {
            return null;
        }
        return new Step(id, task, List.copyOf(hints), List.copyOf(solution), List.copyOf(scripted),
                List.copyOf(checks), file.json().at(node).line());
    }

    private List<Check> checks(JsonNode step, String label, Map<String, String> params) {
        JsonNode list = step.get("checks");
        List<Check> checks = new ArrayList<>();
        if (list == null) {
            file.problem(step, label + ": missing field 'checks'");
        } else if (!list.isArray() || list.isEmpty()) {
            file.problem(step, "checks", label + ": 'checks' must be a list of at least one check, not "
                    + (list.isArray() ? "an empty list" : describe(list)));
        } else {
            CheckReader reader = new CheckReader(file, params);
            for (int i = 0; i < list.size(); i++) {
                Check check = reader.check(list, i, label);
                if (check != null) {
                    checks.add(check);
                }
            }
        }
        return checks;
    }

    /** Reports each ${name} in the text (written at a field) that the lab does not declare. */
    static void undeclared(ContentFile file, String label, Set<String> declared, String text, JsonNode object, String field) {
        Templates.undeclared(text, declared).forEach(name -> file.problem(object, field, undeclaredMessage(label, name, declared)));
    }

    /** Reports each ${name} in the text (an element of a list) that the lab does not declare. */
    static void undeclared(ContentFile file, String label, Set<String> declared, String text, JsonNode array, int index) {
        Templates.undeclared(text, declared).forEach(name -> file.problem(array, index, undeclaredMessage(label, name, declared)));
    }

    private static String undeclaredMessage(String label, String name, Set<String> declared) {
        List<String> known = new ArrayList<>(declared);
        known.addAll(Templates.BUILT_IN_PARAMS);
        return label + ": unknown parameter ${" + name + "}" + didYouMean(name, known.stream().sorted().toList())
                + "; declare it in the lab's 'params'";
    }
}
