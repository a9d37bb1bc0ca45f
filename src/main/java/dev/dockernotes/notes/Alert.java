package dev.dockernotes.notes;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A GitHub alert: a block quote whose first line is only {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]}; its children are the quote's
 * content without that marker. Made by {@link Alerts} after parsing.
 *
 * <p>A <em>correction</em> is an alert whose first paragraph starts with {@code **Correction:**}:
 * the tutor's words beside a statement of the notes (the block just before it) that is wrong or
 * outdated. Its last paragraph, {@code Source: ...}, names where the right fact comes from.
 */
public final class Alert extends CustomBlock {
    /** The five kinds GitHub renders, with the label it shows. */
    public enum Kind {
        NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), CAUTION("Caution");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The kind named in a marker, any case ("note", "NOTE"), or empty for a word GitHub does not know. */
        public static Optional<Kind> named(String word) {
            for (Kind k : values()) {
                if (k.name().equals(word.toUpperCase(Locale.ROOT))) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    static final String CORRECTION = "Correction";
    static final String SOURCE = "Source:";

    private final Kind kind;

    public Alert(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the first paragraph starts with the bold label "Correction:". */
    public boolean isCorrection() {
        return correctionLabel().isPresent();
    }

    /** The label to show: "Correction" for a correction, else the kind's ("Note", "Warning"...). */
    public String label() {
        return isCorrection() ? CORRECTION : kind.label();
    }

    /** The bold "Correction:" node that starts a correction (a renderer shows the label instead). */
    public Optional<StrongEmphasis> correctionLabel() {
        if (getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong) {
            String label = Markdown.text(strong).strip();
            boolean colonAfter = strong.getNext() instanceof Text t && t.getLiteral().startsWith(":");
            if (label.equalsIgnoreCase(CORRECTION + ":") || label.equalsIgnoreCase(CORRECTION) && colonAfter) {
                return Optional.of(strong);
            }
        }
        return Optional.empty();
    }

    /** The last paragraph when it starts with "Source:" (the parser puts a trailing source line in a paragraph of its own). */
    public Optional<Paragraph> sourceParagraph() {
        Node last = getLastChild();
        if (last instanceof Paragraph p && last != getFirstChild() && Markdown.text(p).startsWith(SOURCE)) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** What the source paragraph names, without "Source:"; empty when there is none. */
    public String source() {
        return sourceParagraph().map(p -> Markdown.text(p).substring(SOURCE.length()).strip()).orElse("");
    }
}
