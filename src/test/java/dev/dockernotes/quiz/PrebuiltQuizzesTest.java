package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.content.Problem;
import dev.dockernotes.content.Source;
import dev.dockernotes.notes.NotesLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in quiz files as read and checked at build time: the same questions as reading them, and never stale. */
class PrebuiltQuizzesTest {
    private final Set<String> topicIds = NotesLoader.loadBuiltIn().graph().ids();
    private final List<Problem> unreadable = new ArrayList<>();
    private final List<Source> sources = QuizLoader.builtInSources(unreadable);

    @Test
    void theBuildShipsExactlyTheQuestionsReadingTheQuizFilesGives() {
        QuizLoader.Result read = QuizLoader.load(sources, topicIds, unreadable);
        QuizLoader.Result prebuilt = PrebuiltQuizzes.read(PrebuiltQuizzes.resource(), sources, unreadable, topicIds).orElseThrow();
        assertThat(read.questions()).isNotEmpty();
        assertThat(prebuilt).isEqualTo(read);
        assertThat(QuizLoader.loadBuiltIn(topicIds)).isEqualTo(read);
    }

    @Test
    void aChangedQuizFileIsReadAgainNotServedStale() throws IOException {
        byte[] made = PrebuiltQuizzes.write(sources, unreadable, topicIds, QuizLoader.load(sources, topicIds, unreadable));
        assertThat(PrebuiltQuizzes.read(made, sources, unreadable, topicIds)).isPresent();
        List<Source> edited = new ArrayList<>(sources);
        Source first = edited.get(0);
        edited.set(0, new Source(first.path(), first.text().replaceFirst("Docker", "Dokker")));
        assertThat(PrebuiltQuizzes.read(made, edited, unreadable, topicIds)).isEmpty();
    }

    @Test
    void notesWithOtherTopicsCheckTheQuestionsAgain() throws IOException {
        byte[] made = PrebuiltQuizzes.write(sources, unreadable, topicIds, QuizLoader.load(sources, topicIds, unreadable));
        Set<String> fewer = new HashSet<>(topicIds);
        fewer.remove(QuizLoader.load(sources, topicIds, unreadable).questions().get(0).topics().get(0));
        assertThat(PrebuiltQuizzes.read(made, sources, unreadable, fewer)).isEmpty();
        // and reading them again reports the question whose topic is gone
        assertThat(QuizLoader.load(sources, fewer, unreadable).problems()).isNotEmpty();
    }
}
