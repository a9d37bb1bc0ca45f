package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.notes.NotesLoader;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written bank: valid, big enough, and testing every section of every chapter. */
class BankCoverageTest {
    private static final TopicGraph GRAPH = NotesLoader.loadBuiltIn().graph();
    private static final QuizLoader.Result BANK = QuizLoader.loadBuiltIn(GRAPH.ids());

    @Test
    void theBankHasNoProblems() {
        assertThat(BANK.problems()).isEmpty();
    }

    @Test
    void thereIsOneQuizFilePerChapter() {
        assertThat(NotesLoader.resourceNames(QuizLoader.RESOURCE_DIR, ".json"))
                .containsExactly("chapter1.json", "chapter2.json", "chapter3.json");
    }

    @Test
    void everyChapterHasAtLeastTwelveQuestions() {
        for (Topic chapter : GRAPH.chapters()) {
            assertThat(QuizBank.about(BANK.questions(), chapter)).as(chapter.chapterKey()).hasSizeGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void everySectionOfEveryChapterIsTestedByAQuestion() {
        Set<String> tested = BANK.questions().stream().flatMap(q -> q.topics().stream()).collect(Collectors.toSet());
        List<String> untested = GRAPH.topics().stream().map(Topic::id).filter(id -> !tested.contains(id)).toList();
        assertThat(untested).isEmpty();
    }

    @Test
    void everyTypeIsUsedInEveryChapter() {
        for (Topic chapter : GRAPH.chapters()) {
            Set<QuestionType> types = QuizBank.about(BANK.questions(), chapter).stream().map(Question::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
            assertThat(types).as(chapter.chapterKey()).containsExactlyInAnyOrder(QuestionType.values());
        }
    }

    @Test
    void questionsOfAChapterFileTestThatChapter() {
        for (Question q : BANK.questions()) {
            String file = q.source().substring(0, q.source().indexOf(':'));
            for (String id : q.topics()) {
                assertThat(file).as(q.id() + " tests " + id).isEqualTo("quizzes/" + GRAPH.topic(id).orElseThrow().chapterKey() + ".json");
            }
        }
    }

    @Test
    void everyRightAnswerOfTheBankIsMarkedRight() {
        AnswerChecker checker = new AnswerChecker(new DockerCommandChecker());
        for (Question q : BANK.questions()) {
            Presented shown = Presented.of(q, 1, 1, new java.util.Random(7));
            String right = checker.check(shown, "").expected();
            assertThat(checker.check(shown, right).correct()).as(q.id() + " with " + right).isTrue();
            for (String a : q.answers()) {
                assertThat(checker.check(shown, a).correct()).as(q.id() + " with " + a).isTrue();
            }
        }
    }
}
