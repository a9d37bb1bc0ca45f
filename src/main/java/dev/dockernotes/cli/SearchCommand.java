package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Styles;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.Search;
import dev.dockernotes.render.Wrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Search the notes. Ranked best first; forgives case, plurals and small typos.")
final class SearchCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "WORD", description = "What to look for. Words with dashes are part of it (search docker run -d); after -- everything is (search -- ps -n).")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Show at most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOption json;

    SearchCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    protected int run() throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        String query = String.join(" ", words);
        List<Search.Hit> hits = graph().search().search(query, limit);
        if (json.json()) {
            List<Map<String, Object>> rows = hits.stream().map(h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", h.topic().id());
                m.put("title", h.topic().title());
                m.put("chapter", h.topic().chapterKey());
                m.put("score", Math.round(h.score() * 1000) / 1000.0);
                m.put("snippet", h.snippet());
                m.put("marks", h.marks());
                return m;
            }).toList();
            out().println(ctx.json().writeValueAsString(rows));
            return hits.isEmpty() ? ExitCodes.FAILURE : ExitCodes.OK;
        }
        if (hits.isEmpty()) {
            throw new DockernotesException("no matches for '" + query + "' in the notes");
        }
        Styles s = Styles.of(style());
        int i = 1;
        for (Search.Hit h : hits) {
            int width = style().width();
            String number = i++ + ". ";
            String under = " ".repeat(number.length()); // the entry's text starts under its title, 10. included
            out().println(Wrapper.fill(s.bold(number + h.topic().title()) + GAP + s.cyan(h.topic().id())
                    + GAP + s.dim(h.topic().chapterKey()), "", under, width));
            out().println(Wrapper.fill(marked(h, s), under, under, width));
        }
        return ExitCodes.OK;
    }

    /** Two spaces between the title, the id and the chapter: places the line may break. */
    private static final String GAP = Wrapper.NBSP + " ";

    private static String marked(Search.Hit hit, Styles s) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : hit.marks()) {
            sb.append(hit.snippet(), at, m[0]).append(s.mark(hit.snippet().substring(m[0], m[1])));
            at = m[1];
        }
        return sb.append(hit.snippet().substring(at)).toString();
    }
}
