package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.Reporter;
import dev.dockernotes.cli.Completions;
import dev.dockernotes.notes.TopicGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * The shell's jline line editor: Tab completion and highlighting from the shell's commands (looked
 * up when first needed, so the prompt does not wait for them), and the history file, compacted
 * before it is read and after it is saved.
 */
final class LineEditor {
    private final AppContext ctx;
    private final ShellCommands commands;
    private final Path historyFile;
    private final Reporter reporter;
    private InputLineHighlighter.Vocabulary vocabulary;

    /** @param historyFile where history is kept, or null for none */
    LineEditor(AppContext ctx, ShellCommands commands, Path historyFile, Reporter reporter) {
        this.ctx = ctx;
        this.commands = commands;
        this.historyFile = historyFile;
        this.reporter = reporter;
    }

    LineReader reader(Terminal terminal) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("dockernotes")
                .parser(new DefaultParser())
                .completer(new ShellCompleter(commands::completions))
                .highlighter(new InputLineHighlighter(this::vocabulary))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, true)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .variable(LineReader.HISTORY_SIZE, HistoryFile.MAX)
                .variable(LineReader.HISTORY_FILE_SIZE, HistoryFile.MAX);
        if (historyFile != null) {
            try {
                Files.createDirectories(historyFile.getParent());
                HistoryFile.makePrivate(historyFile);
                HistoryFile.compact(historyFile, Shell.OWN_COMMANDS.keySet());
                builder.variable(LineReader.HISTORY_FILE, historyFile);
            } catch (IOException e) {
                reporter.warning("history is not kept: " + e.getMessage());
            }
        }
        return builder.build();
    }

    void saveHistory(LineReader reader) {
        if (historyFile == null || reader.getVariable(LineReader.HISTORY_FILE) == null) {
            return;
        }
        try {
            reader.getHistory().save();
            HistoryFile.compact(historyFile, Shell.OWN_COMMANDS.keySet());
        } catch (IOException e) {
            reporter.warning("history was not saved: " + e.getMessage());
        }
    }

    /** The words the highlighter knows, gathered on the shell's thread the first time a word is typed. */
    private InputLineHighlighter.Vocabulary vocabulary() {
        if (vocabulary == null) {
            TopicGraph graph = ctx.currentGraph();
            Set<String> ids = new HashSet<>(graph.ids());
            graph.chapters().forEach(c -> ids.add(c.chapterKey()));
            vocabulary = new Words(Set.copyOf(commands.names()), Set.copyOf(ids), Set.copyOf(Completions.dockerWords()));
        }
        return vocabulary;
    }

    private record Words(Set<String> commands, Set<String> ids, Set<String> dockerWords) implements InputLineHighlighter.Vocabulary {}
}
