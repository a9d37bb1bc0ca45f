package dev.dockernotes.notes;

/**
 * YAML front matter of a notes file. Its own class (moved out of {@link GraphBuilder}) so that
 * loading a stored graph, which cuts topics from the same text, loads neither the builder nor
 * commonmark.
 */
final class FrontMatter {
    private FrontMatter() {}

    /**
     * YAML front matter ("---" ... "---" at the very top, as Jekyll and Hugo write it) is metadata,
     * not a heading: blank it out, keeping the line count so line numbers stay right.
     */
    static String blanked(String content) {
        if (!content.startsWith("---\n") && !content.startsWith("---\r\n")) {
            return content;
        }
        String[] lines = content.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                StringBuilder sb = new StringBuilder();
                sb.append("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    sb.append(lines[j]);
                    if (j < lines.length - 1) {
                        sb.append('\n');
                    }
                }
                return sb.toString();
            }
        }
        return content;
    }
}
