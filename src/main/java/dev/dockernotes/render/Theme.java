package dev.dockernotes.render;

/**
 * The look of each element, in colour and in plain text. Plain text (NO_COLOR, --no-color, and
 * output that is not a terminal: one style for all three) only loses the colour: it carries no
 * escape codes at all and draws the same rules, bullets, bars and borders as colour does. Where
 * colour alone told things apart, plain text adds a mark: {@code ###} before a heading below level
 * 2 (it has no rule under it), backticks around inline code, and code indented by four spaces.
 */
public record Theme(boolean color) {
    public Style heading(int level) {
        return switch (level) {
            case 1 -> Style.fg(Style.MAGENTA).bolded().underlined();
            case 2 -> Style.fg(Style.CYAN).bolded();
            case 3 -> Style.fg(Style.YELLOW).bolded();
            default -> Style.NONE.bolded();
        };
    }

    /** The character drawn under a heading of this level, or null for none. */
    public String headingRule(int level) {
        return switch (level) {
            case 1 -> "═";
            case 2 -> "─";
            default -> null;
        };
    }

    /** Text before a heading of this level (plain text marks the levels below 2 with #s). */
    public String headingMarker(int level) {
        return color || level <= 2 ? "" : "#".repeat(level) + " ";
    }

    public Style emphasis() {
        return Style.NONE.italicized();
    }

    public Style strong() {
        return Style.NONE.bolded();
    }

    public Style inlineCode() {
        return Style.fg(Style.RED + 8);
    }

    /** Inline code is quoted with backticks in plain text, where it has no colour to stand out. */
    public String inlineCodeQuote() {
        return color ? "" : "`";
    }

    public Style link() {
        return Style.fg(Style.BLUE + 8).underlined();
    }

    public Style url() {
        return Style.NONE.dimmed();
    }

    public String bullet(int depth) {
        String[] marks = {"•", "◦", "▪"};
        return marks[depth % marks.length];
    }

    public Style listMarker() {
        return Style.fg(Style.CYAN);
    }

    public String quoteBar() {
        return "│ ";
    }

    public Style quote() {
        return Style.NONE.italicized();
    }

    public Style quoteBarStyle() {
        return Style.fg(Style.BLUE).dimmed();
    }

    /** Plain code has no colour to set it apart: it is indented further, as Markdown indents code. */
    public String codeIndent() {
        return color ? "  " : "    ";
    }

    public String rule() {
        return "─";
    }

    public Style ruleStyle() {
        return Style.NONE.dimmed();
    }

    public Style html() {
        return Style.NONE.dimmed();
    }

    // table borders: box drawing, in colour and in plain text
    public String[] tableTop() {
        return new String[] {"┌", "┬", "┐", "─"};
    }

    public String[] tableHeaderRule() {
        return new String[] {"├", "┼", "┤", "─"};
    }

    public String[] tableBottom() {
        return new String[] {"└", "┴", "┘", "─"};
    }

    public String tableBar() {
        return "│";
    }

    public Style tableBorder() {
        return Style.NONE.dimmed();
    }

    public Style tableHeader() {
        return Style.NONE.bolded();
    }

    // shell highlighting
    public Style command() {
        return Style.fg(Style.GREEN).bolded();
    }

    public Style subcommand() {
        return Style.fg(Style.CYAN);
    }

    public Style flag() {
        return Style.fg(Style.YELLOW);
    }

    public Style value() {
        return Style.fg(Style.MAGENTA);
    }

    public Style comment() {
        return Style.NONE.dimmed().italicized();
    }

    public Style operator() {
        return Style.NONE.bolded();
    }

    // command output (explain, quiz, lab, progress, search) and screens: one role for each kind of text
    /** The selected entry of a list (the pager's contents). */
    public Style selection() {
        return Style.NONE.reversed();
    }

    public Style success() {
        return Style.fg(Style.GREEN);
    }

    public Style failure() {
        return Style.fg(Style.RED);
    }

    public Style warning() {
        return Style.fg(Style.YELLOW);
    }

    /** A command to run next ({@code dockernotes show ID}, {@code explain ...}). */
    public Style reference() {
        return Style.fg(Style.CYAN);
    }

    /** A label before a value ("Why:", "Section:") and other secondary text. */
    public Style label() {
        return Style.NONE.dimmed();
    }

    /** A searched word found in a snippet. */
    public Style match() {
        return Style.fg(Style.YELLOW).bolded();
    }
}
