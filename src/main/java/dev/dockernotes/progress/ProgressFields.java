package dev.dockernotes.progress;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.List;

/**
 * The names of the progress file's fields, encoded once, and the order each part writes them in:
 * {@link ProgressWriter} writes them so, and {@link ProgressReader} expects them so, matching each
 * name's bytes where it expects it without a lookup (any other order still reads).
 */
final class ProgressFields {
    static final SerializedString ANSWERED = new SerializedString("answered");
    static final SerializedString AT = new SerializedString("at");
    static final SerializedString ATTEMPTS = new SerializedString("attempts");
    static final SerializedString CHAPTER = new SerializedString("chapter");
    static final SerializedString CONTAINERS = new SerializedString("containers");
    static final SerializedString CORRECT = new SerializedString("correct");
    static final SerializedString CURRENT_LAB = new SerializedString("currentLab");
    static final SerializedString DIFFICULTY = new SerializedString("difficulty");
    static final SerializedString DUE = new SerializedString("due");
    static final SerializedString EASE = new SerializedString("ease");
    static final SerializedString FINISHED = new SerializedString("finished");
    static final SerializedString GIVEN = new SerializedString("given");
    static final SerializedString HINTS = new SerializedString("hints");
    static final SerializedString INTERVAL_DAYS = new SerializedString("intervalDays");
    static final SerializedString LABS = new SerializedString("labs");
    static final SerializedString LAPSES = new SerializedString("lapses");
    static final SerializedString LAST = new SerializedString("last");
    static final SerializedString QUIZ = new SerializedString("quiz");
    static final SerializedString READ = new SerializedString("read");
    static final SerializedString REPETITIONS = new SerializedString("repetitions");
    static final SerializedString RIGHT = new SerializedString("right");
    static final SerializedString SCHEDULE = new SerializedString("schedule");
    static final SerializedString STABILITY = new SerializedString("stability");
    static final SerializedString STARTED = new SerializedString("started");
    static final SerializedString TITLE = new SerializedString("title");
    static final SerializedString TOPIC = new SerializedString("topic");
    static final SerializedString VERSION = new SerializedString("version");
    static final SerializedString VOLUMES = new SerializedString("volumes");

    static final List<SerializedString> PROGRESS = List.of(VERSION, LAST, READ, QUIZ, LABS, CURRENT_LAB);
    static final List<SerializedString> MARK = List.of(CHAPTER, TOPIC, TITLE, AT);
    static final List<SerializedString> QUIZ_RECORD = List.of(ANSWERED, RIGHT, ATTEMPTS, SCHEDULE);
    static final List<SerializedString> ATTEMPT = List.of(AT, CORRECT, GIVEN);
    static final List<SerializedString> SCHEDULE_FIELDS = List.of(DUE, INTERVAL_DAYS, EASE, REPETITIONS, LAPSES, STABILITY, DIFFICULTY);
    static final List<SerializedString> LAB = List.of(STARTED, FINISHED, HINTS, CONTAINERS, VOLUMES);

    private ProgressFields() {}
}
