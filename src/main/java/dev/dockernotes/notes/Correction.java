package dev.dockernotes.notes;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A correction beside the notes: a {@code > [!WARNING]} (or other) alert starting with
 * {@code **Correction:**}, about the block just before it, the {@code statement} it marks as wrong
 * or outdated. {@code text} is the right fact, {@code source} where it comes from (a
 * {@code docker ... --help} line or a page of Docker's docs), empty when the notes name none.
 *
 * @param line the alert's first line
 * @param statementLine the first line of the corrected statement
 */
public record Correction(String file, int line, Alert.Kind kind, String text, String source,
                         String statement, int statementLine) {

    /** The correction an alert makes, or null when the alert is an ordinary note. */
    static Correction of(Alert alert, String file) {
        if (!alert.isCorrection()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        Node sourceParagraph = alert.sourceParagraph().orElse(null);
        for (Node n = alert.getFirstChild(); n != null; n = n.getNext()) {
            if (n != sourceParagraph) {
                text.append(' ').append(Markdown.text(n));
            }
        }
        String fact = text.toString().strip().replaceFirst("(?i)^" + Alert.CORRECTION + "\\s*:\\s*", "");
        Node target = alert.getPrevious();
        while (target instanceof Alert) {
            target = target.getPrevious(); // two alerts in a row are about the same statement
        }
        if (target == null) {
            target = alert.getParent();
        }
        String statement = target == null || target.getParent() == null ? "" : Markdown.text(target);
        return new Correction(file, line(alert), alert.kind(), fact, alert.source(), statement,
                target == null ? 0 : line(target));
    }

    /** True when this correction marks the given words of the notes (a sentence, an item) wrong. */
    public boolean corrects(String words) {
        String w = words.replaceAll("\\s+", " ").strip();
        return !w.isEmpty() && !statement.isEmpty() && statement.contains(w);
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
