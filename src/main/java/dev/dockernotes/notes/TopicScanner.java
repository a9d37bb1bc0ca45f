package dev.dockernotes.notes;

import dev.dockernotes.content.Problem;
import dev.dockernotes.docker.Programs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;

/**
 * Reads one topic's own blocks (the syntax tree under its heading, before its first subsection):
 * its plain text, the key terms it defines, its corrections, and the links and command lines in it,
 * which it hands to the graph being built.
 */
final class TopicScanner {
    private static final Set<String> SHELL_INFO = Set.of(
            "", "bash", "sh", "shell", "console", "zsh", "shell-session", "terminal", "shellsession");

    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(chapter\\s*\\d+\\s*[:.-]\\s*)?(\\d+[).:]\\s*)?((the|a|an)\\s+)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?!.]+$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

    /** A link as written, resolved once every file is read. */
    record PendingLink(Topic from, NoteFile file, String destination, int line) {}

    private final List<CommandUse> commandUses;
    private final List<PendingLink> links;
    private final List<Problem> problems;

    /** Collects what the topics show into these lists of the graph being built. */
    TopicScanner(List<CommandUse> commandUses, List<PendingLink> links, List<Problem> problems) {
        this.commandUses = commandUses;
        this.links = links;
        this.problems = problems;
    }

    /** Sets the topic's text, key terms and corrections from its own blocks; returns its key terms. */
    Set<String> scan(Topic topic, List<Node> nodes) {
        StringBuilder text = new StringBuilder(topic.title());
        Set<String> keyTerms = new LinkedHashSet<>(titleTerms(topic));
        List<Correction> corrections = new ArrayList<>();
        for (Node block : nodes) {
            if (!(block instanceof Alert a && a.isCorrection())) {
                text.append(' ').append(block instanceof Alert a ? Alerts.textWithoutSource(a) : Markdown.text(block));
            }
            alert(topic, block, corrections);
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(StrongEmphasis strong) {
                    String term = Markdown.text(strong).trim();
                    if (isTerm(term)) {
                        keyTerms.add(normalizeTerm(term));
                    }
                    visitChildren(strong);
                }

                @Override
                public void visit(Link link) {
                    links.add(new PendingLink(topic, topic.noteFile(), link.getDestination(), startLine(link)));
                    visitChildren(link);
                }

                @Override
                public void visit(Code code) {
                    String literal = code.getLiteral().trim();
                    String[] words = literal.split("\\s+");
                    int i = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
                    if (words.length > i + 1 && Programs.taught(words[i])) {
                        commandUses.add(new CommandUse(topic, literal, startLine(code), false));
                    }
                }

                @Override
                public void visit(FencedCodeBlock block) {
                    String info = block.getInfo() == null ? "" : block.getInfo().trim().split("\\s+")[0];
                    if (SHELL_INFO.contains(info.toLowerCase(Locale.ROOT))) {
                        addCodeCommands(topic, block.getLiteral(), startLine(block) + 1);
                    }
                }

                @Override
                public void visit(IndentedCodeBlock block) {
                    addCodeCommands(topic, block.getLiteral(), startLine(block));
                }
            });
        }
        topic.bodyLines = BodyLines.read(topic, nodes); // lines by kind and glossary items, once for everyone
        for (GlossaryItem g : topic.glossary()) {
            if (g.term().length() <= 60) {
                keyTerms.add(normalizeTerm(g.term()));
            }
        }
        topic.text = Words.collapseWhitespace(text);
        topic.corrections = List.copyOf(corrections);
        keyTerms.removeIf(t -> t.length() < 3);
        topic.keyTerms = Set.copyOf(keyTerms);
        return keyTerms;
    }

    /** "- definition", ": definition", "– definition": what follows a glossary item's term (spaces first allowed). */
    static boolean startsDefinition(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '-' || c == ':' || c == '\u2013' || c == '\u2014') {
                return true;
            }
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                return false;
            }
        }
        return false;
    }

    /** A correction is kept with its topic, and must name its source; a quote that only looks like an alert is pointed out. */
    private void alert(Topic topic, Node block, List<Correction> corrections) {
        if (block instanceof Alert alert) {
            Correction c = Correction.of(alert, topic.file());
            if (c != null) {
                corrections.add(c);
                if (c.source().isEmpty()) {
                    problems.add(new Problem(topic.file(), c.line(), "correction without a source: end it with a line"
                            + " 'Source: ...' (a 'docker ... --help' line or a page of Docker's docs)"));
                }
            }
        } else if (block instanceof BlockQuote quote) {
            Alerts.markerWord(quote).filter(w -> Alert.Kind.named(w).isEmpty()).ifPresent(w -> problems.add(
                    new Problem(topic.file(), startLine(quote), "unknown alert kind '[!" + w + "]' (GitHub knows NOTE,"
                            + " TIP, IMPORTANT, WARNING, CAUTION): it shows as a plain quote")));
        }
    }

    private void addCodeCommands(Topic topic, String literal, int firstLine) {
        String[] lines = literal.split("\n", -1);
        StringBuilder continued = new StringBuilder();
        int startOfCommand = firstLine;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (continued.isEmpty()) {
                startOfCommand = firstLine + i;
            }
            if (line.startsWith("$ ")) {
                line = line.substring(2);
            }
            if (line.endsWith("\\")) {
                continued.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String command = stripComment(continued + line).strip();
            continued.setLength(0);
            if (command.isEmpty()) {
                continue;
            }
            String[] words = command.split("\\s+");
            int w = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
            if (Programs.taught(words[w])) {
                commandUses.add(new CommandUse(topic, command, startOfCommand, true));
            }
        }
    }

    /** The command without a trailing shell comment ("# ..." after whitespace, outside quotes). */
    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static boolean isTerm(String bold) {
        // "Note:", "Warning!", "Example:" are labels, not terms.
        return !bold.isEmpty() && bold.length() <= 60 && !bold.endsWith(":") && !bold.endsWith("!");
    }

    /** Lower case, without backticks and asterisks, whitespace runs one space. */
    static String normalizeTerm(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        if (lower.indexOf('`') >= 0 || lower.indexOf('*') >= 0) {
            StringBuilder sb = new StringBuilder(lower.length());
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c != '`' && c != '*') {
                    sb.append(c);
                }
            }
            lower = sb.toString();
        }
        return Words.collapseWhitespace(lower);
    }

    /** "Docker Daemon (dockerd)" -> "docker daemon", "dockerd"; "1) The Runtime" -> "runtime". */
    static List<String> titleTerms(Topic topic) {
        String title = TITLE_PREFIX.matcher(topic.title().toLowerCase(Locale.ROOT)).replaceFirst("");
        title = TRAILING_PUNCTUATION.matcher(title).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher paren = PARENTHESES.matcher(title);
        while (paren.find()) {
            out.add(normalizeTerm(paren.group(1)));
        }
        String main = normalizeTerm(PARENTHESES.matcher(title).replaceAll(" "));
        if (main.split(" ").length <= 4) {
            out.add(0, main);
        }
        return out;
    }

    static int startLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    static int endLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
