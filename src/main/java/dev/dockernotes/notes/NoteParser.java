package dev.dockernotes.notes;

import dev.dockernotes.text.Controls;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonmark.node.Node;

/**
 * Parses notes files for the graph builder, one after another in their order: line ends as "\n",
 * front matter blanked, then commonmark. When the notes are large it parses a few files ahead on
 * the other cores while the builder reads the last one (a parse is about half of loading); small
 * notes, the built-in ones, are parsed as they are asked for, with no thread started.
 */
final class NoteParser implements AutoCloseable {
    /** commonmark's table extension gives up past this many cells (its default limit). */
    static final int MAX_TABLE_CELLS = 1_000_000;
    /** Below this many characters of notes in all, a thread costs more than it saves. */
    private static final long PARALLEL_FROM_CHARS = 256 * 1024;

    /** A file's text as parsed, and its syntax tree, or why it has none. */
    record Parsed(String content, Node document, String failure) {}

    private final List<NoteFile> files;
    private final ExecutorService pool;
    private final Deque<Future<Parsed>> ahead = new ArrayDeque<>();
    private final int window;
    private int nextToParse;
    private int nextToGive;

    NoteParser(List<NoteFile> files) {
        this.files = files;
        long chars = 0;
        for (NoteFile f : files) {
            chars += f.content().length();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        if (files.size() > 1 && chars >= PARALLEL_FROM_CHARS) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "dockernotes-parse");
                t.setDaemon(true);
                return t;
            });
            // a few trees at a time: parsing far ahead would hold many files' trees in memory
            window = 2 * threads;
        } else {
            pool = null;
            window = 0;
        }
    }

    /** The next file, parsed. */
    Parsed next() {
        NoteFile file = files.get(nextToGive++);
        if (pool == null) {
            return parse(file);
        }
        while (nextToParse < files.size() && ahead.size() < window) {
            NoteFile f = files.get(nextToParse++);
            ahead.add(pool.submit(() -> parse(f)));
        }
        Future<Parsed> first = ahead.poll();
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return parse(file);
        } catch (ExecutionException e) {
            // only an Error gets here (parse() catches the rest): the same as if parsed here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static Parsed parse(NoteFile file) {
        String content = withoutFrontMatter(Controls.unixLineEndings(file.content()));
        try {
            return new Parsed(content, Markdown.parse(content), null);
        } catch (RuntimeException | StackOverflowError e) {
            // e.g. commonmark's "maximum number of cells reached" for a table of 20,000 columns
            String why = String.valueOf(e.getMessage()).contains("maxCells")
                    ? "a table of more than " + MAX_TABLE_CELLS + " cells" : Controls.visible(String.valueOf(e.getMessage()));
            return new Parsed(content, null, why);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /**
     * The first line at which the file stops parsing: the end of the shortest prefix that fails
     * (found by halving, a few parses of a file that is already known to be bad).
     */
    static int lineThatFails(String content) {
        SourceLines lines = new SourceLines(content);
        // The usual cause, a huge table: the line where its cells (about one per '|') pass the limit.
        long cells = 0;
        for (int n = 1; n <= lines.count(); n++) {
            String line = lines.line(n);
            long bars = line.chars().filter(c -> c == '|').count();
            cells = bars == 0 || line.isBlank() ? 0 : cells + bars;
            if (cells >= MAX_TABLE_CELLS) {
                return n;
            }
        }
        int good = 0;
        int bad = lines.count();
        while (bad - good > 1) {
            int mid = (good + bad) >>> 1;
            try {
                Markdown.parse(lines.slice(1, mid));
                good = mid;
            } catch (RuntimeException | StackOverflowError e) {
                bad = mid;
            }
        }
        return bad;
    }

    /**
     * YAML front matter ("---" ... "---" at the very top, as Jekyll and Hugo write it) is metadata,
     * not a heading: blank it out, keeping the line count so line numbers stay right.
     */
    static String withoutFrontMatter(String content) {
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
