package dev.dockernotes.repl;

import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line as it is typed: a known command bold, an unknown first word red and underlined,
 * chapter and topic ids cyan, docker words (after {@code explain}) green, options yellow.
 */
final class InputLineHighlighter implements Highlighter {
    static final AttributedStyle COMMAND = AttributedStyle.BOLD;
    static final AttributedStyle UNKNOWN = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    static final AttributedStyle ID = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle DOCKER = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

    /** The words the highlighter knows, looked up when it runs (notes may change with --notes). */
    interface Vocabulary {
        Set<String> commands();

        Set<String> ids();

        Set<String> dockerWords();
    }

    private final Supplier<Vocabulary> vocabulary;

    InputLineHighlighter(Supplier<Vocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        Vocabulary v = null; // looked up at the first word: an empty line (the prompt) needs none
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int i = 0;
        int wordNumber = 0;
        String command = null;
        while (i < buffer.length()) {
            char c = buffer.charAt(i);
            if (Character.isWhitespace(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int end = i;
            char quote = 0;
            while (end < buffer.length() && (quote != 0 || !Character.isWhitespace(buffer.charAt(end)))) {
                char e = buffer.charAt(end);
                if (quote == 0 && (e == '"' || e == '\'')) {
                    quote = e;
                } else if (e == quote) {
                    quote = 0;
                }
                end++;
            }
            String word = buffer.substring(i, end);
            if (v == null) {
                v = vocabulary.get();
            }
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (wordNumber == 0) {
                command = word;
                style = v.commands().contains(word) ? COMMAND : UNKNOWN;
            } else if (word.startsWith("-")) {
                style = OPTION;
            } else if ("explain".equals(command) && (word.equals("docker") || v.dockerWords().contains(word))) {
                style = DOCKER;
            } else if (v.ids().contains(word)) {
                style = ID;
            }
            sb.styled(style, word);
            wordNumber++;
            i = end;
        }
        return sb.toAttributedString();
    }
}
