package dev.dockernotes.progress;

import dev.dockernotes.notes.Topic;
import dev.dockernotes.notes.TopicGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code progress} shows, worked out from the saved progress and the current notes: each
 * chapter's lesson sections read, the last place, where to go next, and summaries of quizzes and
 * labs. The quiz and lab parts are deliberately generic (counts over records by id) until those
 * features know which questions and steps belong to which chapter.
 *
 * @param chapters every chapter, in order
 * @param last the last place as recorded (its time survives the section being deleted)
 * @param lastTopic the last place's section, if it still exists
 * @param nextChapter the chapter {@code learn} alone continues ({@link Resume#next()})
 * @param nextSection where {@code learn} (and {@code learn nextChapter}) resumes in {@link #nextChapter}
 */
public record ProgressReport(List<ChapterRow> chapters, Optional<SectionMark> last, Optional<Topic> lastTopic,
                             Optional<Topic> nextChapter, Optional<Topic> nextSection, QuizSummary quiz,
                             List<LabSummary> labs) {

    /** One chapter: its lesson sections (direct children), those read, and the first unread one. */
    public record ChapterRow(Topic chapter, List<Topic> sections, List<Topic> read, Optional<Topic> firstUnread) {
        public int total() {
            return sections.size();
        }

        public int readCount() {
            return read.size();
        }

        public boolean finished() {
            return firstUnread.isEmpty();
        }
    }

    /**
     * Over all quiz records: questions answered at least once, those whose latest answer was
     * right, and those due for review now.
     */
    public record QuizSummary(int answered, int rightLastTime, int due) {
        /**
         * The summary over some questions only (e.g. one chapter's quiz): questions without a
         * record count as not answered.
         */
        public static QuizSummary of(Progress progress, java.util.Collection<String> questionIds, Instant now) {
            int answered = 0;
            int right = 0;
            int due = 0;
            for (String id : questionIds) {
                QuizRecord r = progress.quizRecords().get(id);
                if (r == null) {
                    continue;
                }
                Optional<Attempt> last = r.lastAttempt();
                if (last.isPresent()) {
                    answered++;
                    if (last.get().correct()) {
                        right++;
                    }
                }
                if (r.isDue(now)) {
                    due++;
                }
            }
            return new QuizSummary(answered, right, due);
        }
    }

    /** One lab: the steps finished and the hints used in all. */
    public record LabSummary(String lab, int stepsFinished, int hintsUsed) {}

    public static ProgressReport of(TopicGraph graph, Progress progress, Instant now) {
        Reading reading = progress.reading(graph);
        List<ChapterRow> rows = new ArrayList<>();
        for (Topic chapter : graph.chapters()) {
            rows.add(new ChapterRow(chapter, graph.lessonSections(chapter), reading.readSections(chapter),
                    reading.firstUnread(chapter)));
        }
        Optional<Topic> lastTopic = reading.lastTopic();
        Optional<Resume.Place> next = new Resume(graph, reading).next(); // where 'learn' alone goes on

        QuizSummary quiz = QuizSummary.of(progress, progress.quizRecords().keySet(), now);

        List<LabSummary> labs = new ArrayList<>();
        for (Map.Entry<String, LabRecord> e : progress.labRecords().entrySet()) {
            int hints = e.getValue().hints().values().stream().mapToInt(Integer::intValue).sum();
            labs.add(new LabSummary(e.getKey(), e.getValue().finishedSteps().size(), hints));
        }
        return new ProgressReport(rows, reading.lastMark(), lastTopic, next.map(Resume.Place::chapter),
                next.map(Resume.Place::section), quiz, labs);
    }

    /** Nothing read in any chapter. */
    public boolean nothingRead() {
        return chapters.stream().allMatch(r -> r.readCount() == 0);
    }

    /** Every lesson section of every chapter read. */
    public boolean allRead() {
        return chapters.stream().allMatch(ChapterRow::finished);
    }
}
