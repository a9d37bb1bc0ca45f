package dev.dockernotes.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns GitHub alert block quotes into {@link Alert} nodes, as GitHub does: only a quote at the top
 * level of the document, whose first line is the marker alone ({@code > [!NOTE]}), with a kind
 * GitHub knows and some content after it. Anything else ({@code > [!NOTE] text}, {@code > [!NOTES]},
 * an empty alert) stays a plain quote.
 */
public final class Alerts implements PostProcessor {
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)\\]\\s*");

    @Override
    public Node process(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BlockQuote q && document instanceof Document) {
                quotes.add(q);
            }
        }
        quotes.forEach(Alerts::convert);
        return document;
    }

    /** The word of a marker that stands alone on the quote's first line ("NOTE", "NOTES"), if there is one. */
    public static Optional<String> markerWord(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof Text t)) {
            return Optional.empty();
        }
        Node after = t.getNext();
        if (after != null && !(after instanceof SoftLineBreak) && !(after instanceof HardLineBreak)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(t.getLiteral());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The words of an alert without its "Source: ..." line: what search and term matching read. */
    static String textWithoutSource(Alert alert) {
        StringBuilder sb = new StringBuilder();
        Node source = alert.sourceParagraph().orElse(null);
        for (Node n = alert.getFirstChild(); n != null; n = n.getNext()) {
            if (n != source) {
                sb.append(' ').append(Correction.plain(n));
            }
        }
        return sb.toString().strip();
    }

    private static void convert(BlockQuote quote) {
        Optional<Alert.Kind> kind = markerWord(quote).flatMap(Alert.Kind::named);
        if (kind.isEmpty()) {
            return;
        }
        Paragraph first = (Paragraph) quote.getFirstChild();
        Node marker = first.getFirstChild();
        if (marker.getNext() == null && first.getNext() == null) {
            return; // nothing but the marker: GitHub shows a plain quote
        }
        if (marker.getNext() != null) {
            marker.getNext().unlink(); // the line break after the marker
        }
        marker.unlink();
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Alert alert = new Alert(kind.get());
        alert.setSourceSpans(quote.getSourceSpans());
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            alert.appendChild(child);
            child = next;
        }
        splitSourceLine(alert);
        quote.insertAfter(alert);
        quote.unlink();
    }

    /** "... the fact.\nSource: docker container stop --help" in one paragraph: the source line becomes a paragraph of its own. */
    private static void splitSourceLine(Alert alert) {
        if (!(alert.getLastChild() instanceof Paragraph last)) {
            return;
        }
        Node lineBreak = null;
        for (Node n = last.getFirstChild(); n != null; n = n.getNext()) {
            if ((n instanceof SoftLineBreak || n instanceof HardLineBreak)
                    && n.getNext() instanceof Text t && t.getLiteral().startsWith(Alert.SOURCE)) {
                lineBreak = n;
            }
        }
        if (lineBreak == null) {
            return;
        }
        Paragraph source = new Paragraph();
        for (Node n = lineBreak.getNext(); n != null; ) {
            Node next = n.getNext();
            source.appendChild(n);
            n = next;
        }
        lineBreak.unlink();
        last.insertAfter(source);
    }
}
