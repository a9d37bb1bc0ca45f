package dev.dockernotes.cli;

import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --help} laid out by the one wrapper at the terminal's width (picocli's own layout stops at
 * 55 columns and wraps at characters): the description's lines are joined into paragraphs, so a
 * sentence never breaks where the source line happened to end; an indented line (an example) stays
 * a line of its own. Options and commands are two columns, the descriptions filled in the second;
 * on a narrow screen each description goes under its option.
 */
final class HelpLayout {
    /** Below this many columns for descriptions, they go under their option instead of beside it. */
    private static final int MIN_DESCRIPTION = 28;
    private static final int STACKED_INDENT = 6;

    private final IntSupplier width;

    private HelpLayout(IntSupplier width) {
        this.width = width;
    }

    /** Lays out the help of {@code cl} and all its subcommands at the width {@code width} gives when help is shown. */
    static void install(CommandLine cl, IntSupplier width) {
        HelpLayout layout = new HelpLayout(width);
        Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER, h -> layout.paragraphs(h.commandSpec().usageMessage().header(), ""));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, h -> "");
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, layout::synopsis);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, h -> layout.paragraphs(h.commandSpec().usageMessage().description(), ""));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, layout::parameters);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, layout::options);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, layout::commands);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, h -> layout.paragraphs(h.commandSpec().usageMessage().footer(), ""));
        cl.setHelpSectionMap(sections);
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub, width);
        }
    }

    private int width() {
        return Math.max(20, width.getAsInt());
    }

    /**
     * Source lines of a description joined into paragraphs: an empty line or {@code %n} ends one, a
     * line that starts with a space (an example) stands alone. {@code %%} is a percent sign.
     */
    static List<String> paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String source : lines) {
            String[] parts = source.replace("%%", "\u0000").split("%n", -1);
            for (int i = 0; i < parts.length; i++) {
                String line = parts[i].replace('\u0000', '%');
                boolean hardBreak = i > 0;
                if (paragraph != null && (line.isBlank() || line.startsWith(" ") || hardBreak)) {
                    out.add(paragraph.toString());
                    paragraph = null;
                }
                if (line.isBlank()) {
                    if (!hardBreak && (out.isEmpty() || !out.get(out.size() - 1).isEmpty())) {
                        out.add(""); // an empty source line: a blank line between paragraphs
                    }
                } else if (line.startsWith(" ")) {
                    out.add(line.stripTrailing()); // an example: a line of its own
                } else if (paragraph == null) {
                    paragraph = new StringBuilder(line.strip());
                } else {
                    paragraph.append(' ').append(line.strip());
                }
            }
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The first sentence of a description, whole (a period inside parentheses or after "e.g" does not end it). */
    static String firstSentence(String[] description) {
        String text = paragraphs(description).stream().filter(p -> !p.isBlank()).findFirst().orElse("").strip();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                String before = text.substring(0, i);
                if (!before.endsWith("e.g") && !before.endsWith("i.e") && !before.endsWith("etc")) {
                    return text.substring(0, i + 1);
                }
            }
        }
        return text;
    }

    private String paragraphs(String[] lines, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs(lines)) {
            if (p.isEmpty()) {
                sb.append('\n');
            } else if (p.startsWith(" ")) { // an example: its indentation kept, never filled
                int lead = p.length() - p.stripLeading().length();
                sb.append(Wrapper.command(p.strip(), indent + " ".repeat(lead), indent + " ".repeat(lead + 4), width())).append('\n');
            } else {
                sb.append(Wrapper.fill(p, indent, indent, width())).append('\n');
            }
        }
        return sb.toString();
    }

    private String synopsis(Help help) {
        String picocli = Columns.strip(help.synopsis(0)).strip().replaceAll("\\s+", " ");
        String name = help.commandSpec().qualifiedName();
        String rest = picocli.startsWith(name + " ") ? picocli.substring(name.length() + 1) : picocli.equals(name) ? "" : picocli;
        String head = "Usage: " + name;
        int indent = Math.min(Columns.width(head) + 1, width() / 3);
        return Wrapper.fill(Wrapper.keep(head) + " " + rest, "", " ".repeat(indent), width()) + "\n";
    }

    private String parameters(Help help) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
            if (!p.hidden()) {
                rows.add(new String[] {"  " + p.paramLabel(), description(p)});
            }
        }
        return columns(rows, optionColumn(help));
    }

    private String options(Help help) {
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : help.commandSpec().options()) {
            if (!o.hidden()) {
                rows.add(new String[] {optionLabel(o), description(o)});
            }
        }
        return columns(rows, optionColumn(help));
    }

    /** "  -c, --count=N", or "      --json" without a short name, as picocli shows them. */
    private static String optionLabel(OptionSpec o) {
        String shortName = "";
        List<String> longNames = new ArrayList<>();
        for (String n : o.names()) {
            if (n.length() == 2 && shortName.isEmpty()) {
                shortName = n;
            } else {
                longNames.add(n);
            }
        }
        String names = (shortName.isEmpty() ? "    " : shortName + (longNames.isEmpty() ? "" : ", ")) + String.join(", ", longNames);
        boolean takesValue = o.arity().max() > 0 && !o.type().equals(boolean.class) && !o.type().equals(Boolean.class);
        return "  " + names + (takesValue ? "=" + o.paramLabel() : "");
    }

    /** One column for the parameters and options of a command, so their descriptions line up. */
    private int optionColumn(Help help) {
        int labels = 0;
        for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
            labels = p.hidden() ? labels : Math.max(labels, Columns.width("  " + p.paramLabel()));
        }
        for (OptionSpec o : help.commandSpec().options()) {
            labels = o.hidden() ? labels : Math.max(labels, Columns.width(optionLabel(o)));
        }
        return column(labels);
    }

    private int column(int labels) {
        return Math.min(labels + 2, Math.max(16, width() * 2 / 5));
    }

    private String commands(Help help) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : help.commandSpec().subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) {
                continue; // aliases are listed with their command
            }
            String[] summary = sub.usageMessage().header().length > 0 ? sub.usageMessage().header() : sub.usageMessage().description();
            rows.add(new String[] {"  " + String.join(", ", sub.names()), firstSentence(summary)});
        }
        return columns(rows, column(rows.stream().mapToInt(r -> Columns.width(r[0])).max().orElse(0)));
    }

    private static String description(ArgSpec arg) {
        return String.join(" ", paragraphs(arg.description())).strip();
    }

    /** Label and text in two columns, the text filled in the second; stacked when the screen is narrow. */
    private String columns(List<String[]> rows, int column) {
        if (rows.isEmpty()) {
            return "";
        }
        boolean stacked = width() - column < MIN_DESCRIPTION;
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            String label = row[0];
            int lw = Columns.width(label);
            if (stacked) {
                sb.append(Wrapper.fill(Wrapper.keep(label), "", "    ", width())).append('\n');
                if (!row[1].isEmpty()) {
                    sb.append(Wrapper.fill(row[1], " ".repeat(STACKED_INDENT), " ".repeat(STACKED_INDENT), width())).append('\n');
                }
            } else if (lw + 2 > column) {
                sb.append(Wrapper.fill(Wrapper.keep(label), "", "    ", width())).append('\n');
                sb.append(Wrapper.fill(row[1], " ".repeat(column), " ".repeat(column), width())).append('\n');
            } else {
                sb.append(Wrapper.fill(row[1], label + " ".repeat(column - lw), " ".repeat(column), width())).append('\n');
            }
        }
        return sb.toString();
    }
}
