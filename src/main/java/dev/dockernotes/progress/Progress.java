package dev.dockernotes.progress;

import dev.dockernotes.notes.TopicGraph;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything dockernotes remembers about a user, as one versioned JSON document: the sections
 * read, the last place, quiz records per question id and lab records per lab id. Fields a newer
 * dockernotes added are kept as they are and written back.
 *
 * <p>Get one from {@link ProgressStore#load()} (a snapshot) or change it inside
 * {@link ProgressStore#update}; changing a loaded snapshot saves nothing.
 */
public final class Progress extends KeepsUnknownFields {
    /**
     * The format this code writes. A file with a higher version is refused, a lower one migrated.
     * 2: quiz records keep totals ({@code answered}, {@code right}) and only their last few attempts;
     * version 1 kept every attempt (and, by mistake, wrote an {@code "empty"} flag, now dropped).
     */
    public static final int CURRENT_VERSION = 2;

    int version = CURRENT_VERSION;
    SectionMark last;
    List<SectionMark> read = new ArrayList<>();
    Map<String, QuizRecord> quiz = new TreeMap<>();
    Map<String, LabRecord> labs = new TreeMap<>();
    /** The lab the learner opened last (lab LAB), which lab check, hint and answer act on. */
    String currentLab;

    /** What "now" is for {@link #markRead(String, String, String)}: the clock of the store that handed it out. */
    private Clock clock = Clock.systemUTC();

    public Progress() {}

    /** Uses {@code clock} for "now" (the store sets its own on what it hands out). */
    Progress withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public int version() {
        return version;
    }

    // ---- reading

    /** Records a section as read now (by the store's clock), and makes it the last place. */
    public void markRead(String chapterKey, String topicId, String title) {
        markRead(chapterKey, topicId, title, clock.instant());
    }

    public void markRead(String chapterKey, String topicId, String title, Instant at) {
        Objects.requireNonNull(topicId, "topicId");
        // Same id, or same title in the same chapter under an older id (its heading was edited):
        // one mark per section.
        read.removeIf(m -> topicId.equals(m.topic())
                || title != null && title.equals(m.title()) && Objects.equals(chapterKey, m.chapter()));
        SectionMark mark = new SectionMark(chapterKey, topicId, title, at);
        read.add(mark);
        last = mark;
    }

    /**
     * Whether a mark with exactly this topic id exists. To survive edits to the notes, prefer
     * {@link #reading(TopicGraph)}, which also matches marks by title.
     */
    public boolean isRead(String topicId) {
        return read.stream().anyMatch(m -> Objects.equals(topicId, m.topic()));
    }

    /** Every read mark, oldest first, including marks no current section matches. */
    public List<SectionMark> readMarks() {
        return Collections.unmodifiableList(read);
    }

    /** The section last read, as recorded. */
    public Optional<SectionMark> lastPlace() {
        return Optional.ofNullable(last);
    }

    /** What has been read, resolved against the current notes. */
    public Reading reading(TopicGraph graph) {
        return new Reading(this, graph);
    }

    /** Forgets the reading marks of one chapter (by chapter key); returns how many were removed. */
    public int forgetChapter(String chapterKey) {
        int before = read.size();
        read.removeIf(m -> Objects.equals(chapterKey, m.chapter()));
        if (last != null && Objects.equals(chapterKey, last.chapter())) {
            last = null;
        }
        return before - read.size();
    }

    /** Forgets every read mark and the last place. */
    public void forgetReading() {
        read.clear();
        last = null;
    }

    /** Forgets the given marks (e.g. those {@link Reading} resolved into one chapter). */
    public void forget(java.util.Collection<SectionMark> marks) {
        read.removeAll(marks);
        if (last != null && marks.stream().anyMatch(m -> m.topic() != null && m.topic().equals(last.topic()))) {
            last = null;
        }
    }

    // ---- quiz

    /** The record of one question, created empty on first use. */
    public QuizRecord quiz(String questionId) {
        Objects.requireNonNull(questionId, "questionId");
        return quiz.computeIfAbsent(questionId, k -> new QuizRecord());
    }

    /** Every question's record by question id (read-only view, sorted by id). */
    public Map<String, QuizRecord> quizRecords() {
        return Collections.unmodifiableMap(quiz);
    }

    /** Forgets the quiz records of these questions (e.g. one chapter's); returns how many there were. */
    public int forgetQuiz(java.util.Collection<String> questionIds) {
        int before = quiz.size();
        quiz.keySet().removeAll(new java.util.HashSet<>(questionIds));
        return before - quiz.size();
    }

    /** Ids of questions due for review at {@code now}, sorted. */
    public List<String> dueReviews(Instant now) {
        return quiz.entrySet().stream().filter(e -> e.getValue().isDue(now)).map(Map.Entry::getKey).toList();
    }

    // ---- labs

    /** The record of one lab, created empty on first use. */
    public LabRecord lab(String labId) {
        Objects.requireNonNull(labId, "labId");
        return labs.computeIfAbsent(labId, k -> new LabRecord());
    }

    /** Forgets one lab's record (lab reset); false when there was none. The lab is no longer the open one. */
    public boolean forgetLab(String labId) {
        if (labId.equals(currentLab)) {
            currentLab = null;
        }
        return labs.remove(labId) != null;
    }

    /** The lab opened last; empty when none is open. */
    public Optional<String> currentLab() {
        return Optional.ofNullable(currentLab);
    }

    /** Opens a lab: it becomes the current one, and its start is recorded the first time. */
    public LabRecord openLab(String labId, Instant at) {
        LabRecord r = lab(labId);
        r.startIfNew(at);
        currentLab = labId;
        return r;
    }

    /** No lab is open any more (the current one was finished). */
    public void closeLab() {
        currentLab = null;
    }

    public Map<String, LabRecord> labRecords() {
        return Collections.unmodifiableMap(labs);
    }

    /** True when nothing at all is recorded. */
    public boolean isEmpty() {
        return read.isEmpty() && last == null && quiz.isEmpty() && labs.isEmpty();
    }

    // ---- persistence helpers (ProgressStore)

    /**
     * Makes a parsed document safe to use: no nulls where code expects collections; migrated from
     * the version it was read with ({@link ProgressReader}: {@code "version": null} is 0, like 1) to
     * the current one.
     */
    void normalize() {
        int from = version;
        if (read == null) {
            read = new ArrayList<>();
        }
        read.removeIf(m -> m == null);
        quiz = quiz == null ? new TreeMap<>() : quiz instanceof TreeMap<String, QuizRecord> ? quiz : new TreeMap<>(quiz);
        quiz.values().removeIf(r -> r == null);
        quiz.values().forEach(r -> r.normalize(from));
        labs = labs == null ? new TreeMap<>() : labs instanceof TreeMap<String, LabRecord> ? labs : new TreeMap<>(labs);
        labs.values().removeIf(r -> r == null);
        labs.values().forEach(LabRecord::normalize);
        if (from < 2) {
            forgetOther("empty"); // version 1 wrote isEmpty() as a field
        }
        version = CURRENT_VERSION;
    }

    /**
     * A copy to change without changing this one, for a snapshot handed out while the store keeps
     * the original (read marks and attempts, never changed once made, are shared).
     */
    Progress copy() {
        Progress c = new Progress();
        c.version = version;
        c.last = last;
        c.read = new ArrayList<>(read);
        TreeMap<String, QuizRecord> quizCopy = new TreeMap<>(quiz); // from a sorted map: linear
        quizCopy.replaceAll((id, r) -> r.copy());
        c.quiz = quizCopy;
        TreeMap<String, LabRecord> labsCopy = new TreeMap<>(labs);
        labsCopy.replaceAll((id, r) -> r.copy());
        c.labs = labsCopy;
        c.currentLab = currentLab;
        c.clock = clock;
        c.copyOther(this);
        return c;
    }

    /**
     * What {@code after} (this progress changed) has that {@code before} has not: new answers and
     * new read marks. Saved aside when the file is busy ({@link ProgressStore}), merged later.
     */
    static Progress added(Progress before, Progress after) {
        Progress d = new Progress();
        after.quiz.forEach((id, r) -> {
            QuizRecord added = QuizRecord.added(before.quiz.get(id), r);
            if (added != null) {
                d.quiz.put(id, added);
            }
        });
        for (SectionMark m : after.read) {
            if (before.read.stream().noneMatch(b -> sameMark(b, m))) {
                d.read.add(m);
            }
        }
        if (after.last != null && (before.last == null || !sameMark(before.last, after.last))) {
            d.last = after.last;
        }
        return d;
    }

    /** Adds what {@link #added} found (answers already here are not counted twice); true if anything changed. */
    boolean merge(Progress d) {
        boolean changed = false;
        for (Map.Entry<String, QuizRecord> e : d.quiz.entrySet()) {
            changed |= quiz(e.getKey()).absorb(e.getValue());
        }
        for (SectionMark m : d.read) {
            if (read.stream().noneMatch(r -> Objects.equals(r.topic(), m.topic()))) {
                read.add(m);
                changed = true;
            }
        }
        if (d.last != null && (last == null || last.at() == null || d.last.at() != null && d.last.at().isAfter(last.at()))) {
            last = d.last;
            changed = true;
        }
        return changed;
    }

    private static boolean sameMark(SectionMark a, SectionMark b) {
        return Objects.equals(a.topic(), b.topic()) && Objects.equals(a.chapter(), b.chapter())
                && Objects.equals(a.at(), b.at());
    }

}
