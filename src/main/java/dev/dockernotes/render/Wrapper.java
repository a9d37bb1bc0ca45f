package dev.dockernotes.render;

import java.util.List;

/**
 * The one way dockernotes wraps text: lines filled with words, measured in terminal columns (wide
 * CJK characters take two, combining marks none, escape sequences none), never broken inside a word,
 * so a command, a flag, a URL or a topic id stays whole. Only a word wider than a whole line is cut,
 * and every cut piece but the last ends in {@link #CUT_MARK}.
 *
 * <p>Two forms: {@link #fill} for text that is already a string (command output, possibly styled with
 * SGR and OSC 8 sequences), and {@link #wrap(List, int)} for the renderer's styled spans (inline
 * rendering never thinks about line ends: it produces spans, cut into lines once the block is
 * complete, the way glamour's paragraph buffers and wraps). Runs of spaces collapse to one; a "\n" is
 * a hard break; a no-break space ({@link #NBSP}, see {@link #keep}) joins words into one unit that is
 * kept on one line when it fits.
 */
public final class Wrapper {
    /** Ends every piece of a word that had to be cut because it is wider than a line. */
    public static final String CUT_MARK = "\u21a9";
    /** Joins words that should stay on one line (a command with its arguments); printed as a space. */
    public static final char NBSP = '\u00a0';

    /** One output line: its spans and its width in columns. */
    record Line(List<Span> spans, int columns) {}

    private Wrapper() {}

    /** Words joined by no-break spaces: {@link #fill} keeps them on one line when they fit in one. */
    public static String keep(String words) {
        return words.replace(' ', NBSP);
    }

    /**
     * {@code text} filled to {@code width} columns, the first line after {@code first}, the others
     * after {@code rest}: lines joined by "\n", without a final one. Styles (SGR) and links (OSC 8)
     * open at a line end are closed there and opened again after the next line's prefix, so every
     * line stands on its own (a pager may show any of them alone).
     */
    public static String fill(String text, String first, String rest, int width) {
        return String.join("\n", lines(text, first, rest, width));
    }

    /** {@link #fill} as a list of lines. */
    public static List<String> lines(String text, String first, String rest, int width) {
        WrapperTextFiller f = new WrapperTextFiller(first, rest, width);
        for (String paragraph : text.split("\n", -1)) {
            f.paragraph(paragraph);
        }
        return f.lines;
    }

    /**
     * A shell command line that a learner may copy: whole on one line when it fits, else broken at
     * its spaces with a backslash at the end of each line but the last, as shells read it back
     * ("docker run -d \\" / "    --name web nginx"), never inside a word.
     */
    public static String command(String line, String first, String rest, int width) {
        List<String> lines = lines(keep(line), first, rest, Math.max(3, width - 2));
        if (lines.size() == 1 && Columns.visibleWidth(first) + Columns.visibleWidth(line) <= width) {
            return lines.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i));
            if (i < lines.size() - 1) {
                sb.append(lines.get(i).endsWith(CUT_MARK) ? "" : " \\").append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * One rendered line cut into lines of at most {@code width} columns where it is wider (code,
     * which is never wrapped at words): every piece but the last ends in {@link #CUT_MARK}, the
     * following ones start with the line's own indentation, so a reader sees every character and
     * where the line goes on. Escape sequences are kept; styles are closed at each cut and reopened.
     */
    public static List<String> fold(String rendered, int width) {
        if (Columns.visibleWidth(rendered) <= width) {
            return List.of(rendered);
        }
        String visible = Columns.strip(rendered);
        int lead = 0;
        while (lead < visible.length() && visible.charAt(lead) == ' ') {
            lead++;
        }
        String indent = " ".repeat(Math.min(lead, width / 2));
        WrapperTextFiller f = new WrapperTextFiller("", indent, width);
        f.startLine();
        f.cut(rendered);
        f.endLine();
        return f.lines;
    }

    /** {@code spans} wrapped into lines of at most {@code width} columns. */
    static List<Line> wrap(List<Span> spans, int width) {
        return WrapperSpanFiller.wrap(spans, width);
    }

    /** The width of the widest word: the narrowest a column can be without splitting words. */
    static int longestWord(List<Span> spans) {
        return WrapperSpanFiller.longestWord(spans);
    }
}
