package dev.dockernotes.cli;

import dev.dockernotes.notes.Correction;
import dev.dockernotes.notes.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The corrections beside the notes as JSON objects, the same in 'show --json' and 'topics --json'. */
final class CorrectionsJson {
    private CorrectionsJson() {}

    /** The corrections of these topics, each with the id of the topic it is in. */
    static List<Map<String, Object>> of(List<Topic> topics) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Topic t : topics) {
            for (Correction c : t.corrections()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("topic", t.id());
                m.put("file", c.file());
                m.put("line", c.line());
                m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
                m.put("statement", c.statement());
                m.put("statementLine", c.statementLine());
                m.put("correction", c.text());
                m.put("source", c.source());
                all.add(m);
            }
        }
        return all;
    }

    /** A correction as an entry of a quoted note (explain): the right fact, its source, and where it stands. */
    record Brief(String text, String source, String file, int line) {}

    static Brief brief(Correction c) {
        return new Brief(c.text(), c.source(), c.file(), c.line());
    }
}
