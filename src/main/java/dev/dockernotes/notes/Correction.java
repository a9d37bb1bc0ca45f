package dev.dockernotes.notes;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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
        String fact = Alerts.textWithoutSource(alert).replaceFirst("(?i)^" + Alert.CORRECTION + "\\s*:\\s*", "");
        Node target = alert.getPrevious();
        while (target instanceof Alert) {
            target = target.getPrevious(); // two alerts in a row are about the same statement
        }
        if (target == null) {
            target = alert.getParent();
        } else if (target instanceof ListBlock list && !list.isTight() && list.getLastChild() != null) {
            target = list.getLastChild(); // a loose list is a list of statements: the one just before
        }
        String statement = target == null || target.getParent() == null ? "" : plain(target);
        return new Correction(file, line(alert), alert.kind(), fact, alert.source(), statement,
                target == null ? 0 : line(target));
    }

    // equals and hashCode written out, with the values the generated ones give: those bootstrap
    // method handles on first use (ObjectMethods), tens of ms of a cold explain that collects
    // corrections in a set.
    @Override
    public boolean equals(Object o) {
        return o instanceof Correction c && line == c.line && statementLine == c.statementLine && kind == c.kind
                && Objects.equals(file, c.file) && Objects.equals(text, c.text) && Objects.equals(source, c.source)
                && Objects.equals(statement, c.statement);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(file);
        h = 31 * h + line;
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + Objects.hashCode(text);
        h = 31 * h + Objects.hashCode(source);
        h = 31 * h + Objects.hashCode(statement);
        return 31 * h + statementLine;
    }

    /** True when this correction marks the given words of the notes (a sentence, an item) wrong. */
    public boolean corrects(String words) {
        String w = normalized(words);
        return !w.isEmpty() && !statement.isEmpty() && normalized(statement).contains(w);
    }

    /** One space between words and none before punctuation, whichever way the text was extracted. */
    static String normalized(String words) {
        return SPACE_BEFORE_PUNCTUATION.matcher(WHITESPACE.matcher(words).replaceAll(" ")).replaceAll("$1").strip();
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([.,;:!?)])");

    /** The words of a node as a reader sees them: inline text joined as written, blocks and lines apart by a space. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        appendPlain(node, sb);
        return WHITESPACE.matcher(sb).replaceAll(" ").strip();
    }

    private static void appendPlain(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.append(' ');
        } else if (node instanceof FencedCodeBlock f) {
            sb.append(f.getLiteral()).append(' ');
        } else if (node instanceof IndentedCodeBlock c) {
            sb.append(c.getLiteral()).append(' ');
        } else {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                appendPlain(n, sb);
            }
            if (node instanceof Block) {
                sb.append(' ');
            }
        }
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
