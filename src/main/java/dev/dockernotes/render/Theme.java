package dev.dockernotes.render;

/**
 * The look of each element, in colour and in plain text. Plain text carries no escape codes at
 * all, so structure is shown with characters instead: underlined headings, ASCII bullets and borders.
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
            case 1 -> color ? "═" : "=";
            case 2 -> color ? "─" : "-";
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
        String[] marks = color ? new String[] {"•", "◦", "▪"} : new String[] {"-", "*", "+"};
        return marks[depth % marks.length];
    }

    public Style listMarker() {
        return Style.fg(Style.CYAN);
    }

    public String quoteBar() {
        return color ? "│ " : "> ";
    }

    public Style quote() {
        return Style.NONE.italicized();
    }

    public Style quoteBarStyle() {
        return Style.fg(Style.BLUE).dimmed();
    }

    public String codeIndent() {
        return color ? "  " : "    ";
    }

    public String rule() {
        return color ? "─" : "-";
    }

    public Style ruleStyle() {
        return Style.NONE.dimmed();
    }

    public Style html() {
        return Style.NONE.dimmed();
    }

    // table borders: box drawing in colour, ASCII in plain text
    public String[] tableTop() {
        return color ? new String[] {"┌", "┬", "┐", "─"} : new String[] {"+", "+", "+", "-"};
    }

    public String[] tableHeaderRule() {
        return color ? new String[] {"├", "┼", "┤", "─"} : new String[] {"+", "+", "+", "="};
    }

    public String[] tableBottom() {
        return color ? new String[] {"└", "┴", "┘", "─"} : new String[] {"+", "+", "+", "-"};
    }

    public String tableBar() {
        return color ? "│" : "|";
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
}
