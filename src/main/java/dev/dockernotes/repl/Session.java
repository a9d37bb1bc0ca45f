package dev.dockernotes.repl;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ParseResult;

/** What one shell session remembers between lines: the chapter being worked on. */
final class Session {
    /** Commands whose argument names the chapter the user is working on. */
    private static final Set<String> CHAPTER_COMMANDS = Set.of("learn", "show", "quiz", "topics");

    private String chapter;

    /** The chapter key ("chapter2") last used by learn, show, quiz or topics; null before any. */
    String chapter() {
        return chapter;
    }

    void chapter(String chapterKey) {
        this.chapter = chapterKey;
    }

    /** After learn/show/quiz/topics succeed, the chapter of their argument becomes the current one. */
    void rememberChapterOf(ParseResult parsed, AppContext ctx) {
        if (parsed == null || !parsed.hasSubcommand()) {
            return;
        }
        ParseResult sub = parsed.subcommand();
        if (!CHAPTER_COMMANDS.contains(sub.commandSpec().name())) {
            return;
        }
        List<String> values = new ArrayList<>();
        sub.matchedPositionals().forEach(p -> values.addAll(p.originalStringValues()));
        sub.matchedOptions().stream()
                .filter(o -> o.longestName().matches("--(chapter|section|topic)"))
                .forEach(o -> values.addAll(o.originalStringValues()));
        TopicGraph graph = ctx.currentGraph();
        if (values.isEmpty() && sub.commandSpec().name().equals("learn")) {
            try { // 'learn' alone goes on where the reader stopped: the progress file says where
                ctx.progressStore().load().lastPlace().ifPresent(mark -> chapter(
                        graph.topic(mark.topic()).map(Topic::chapterKey).orElse(mark.chapter())));
            } catch (RuntimeException e) {
                // no place known: the prompt keeps its chapter
            }
            return;
        }
        for (String value : values) {
            Optional<Topic> topic = graph.findChapter(value).or(() -> graph.findTopic(value));
            if (topic.isPresent()) {
                chapter(topic.get().chapterKey());
                return;
            }
        }
    }
}
