package dev.dockernotes.tui;

/**
 * Where the reader is in a lesson, and what each key does: a pure state machine, tested without a
 * terminal. The pager tells it how tall the current section is and how many lines fit on the
 * screen ({@link #layout}); it answers which section to show and from which line.
 */
public final class LessonNavigator {

    /** What the reader is looking at. */
    public enum Mode { READING, CONTENTS, HELP, FINISHED, QUIT, INTERRUPTED }

    /** The keys a lesson understands (the pager maps key presses to these). */
    public enum Key {
        NEXT, PREVIOUS, SPACE, DOWN, UP, PAGE_DOWN, PAGE_UP, HOME, END, CONTENTS, HELP, QUIT, ENTER, ESCAPE,
        BACKSPACE, INTERRUPT, NONE,
        DIGIT_0, DIGIT_1, DIGIT_2, DIGIT_3, DIGIT_4, DIGIT_5, DIGIT_6, DIGIT_7, DIGIT_8, DIGIT_9;

        public static Key digit(int d) {
            return values()[DIGIT_0.ordinal() + d];
        }

        boolean isDigit() {
            return ordinal() >= DIGIT_0.ordinal();
        }

        int digitValue() {
            return ordinal() - DIGIT_0.ordinal();
        }
    }

    private final int sections;
    private int section;
    private int top;
    private Mode mode = Mode.READING;
    private Mode beforeHelp = Mode.READING;
    private int contentLines = 1;
    private int viewHeight = 1;
    private int selected;
    private String typed = "";
    private final boolean[] read;

    public LessonNavigator(int sections, int start) {
        this(sections, start, java.util.Set.of());
    }

    /**
     * @param alreadyRead the sections (from 0) read before this lesson: the end of the chapter says
     *     "finished" only when every section has been read, in this lesson or before
     */
    public LessonNavigator(int sections, int start, java.util.Collection<Integer> alreadyRead) {
        if (sections < 1) {
            throw new IllegalArgumentException("no sections");
        }
        this.sections = sections;
        this.section = Math.max(0, Math.min(start, sections - 1));
        this.selected = section;
        this.read = new boolean[sections];
        alreadyRead.stream().filter(i -> i >= 0 && i < sections).forEach(i -> read[i] = true);
        read[section] = true;
    }

    /** Whether a section (from 0) has been read, in this lesson or before. */
    public boolean isRead(int index) {
        return read[index];
    }

    /** The sections not read yet (from 0), in order. */
    public java.util.List<Integer> unread() {
        java.util.List<Integer> unread = new java.util.ArrayList<>();
        for (int i = 0; i < sections; i++) {
            if (!read[i]) {
                unread.add(i);
            }
        }
        return unread;
    }

    /** Every section read: only then is the chapter finished. */
    public boolean allRead() {
        return unread().isEmpty();
    }

    public int sections() {
        return sections;
    }

    /** The section shown, from 0. */
    public int section() {
        return section;
    }

    /** The first line of the section on screen, from 0. */
    public int top() {
        return top;
    }

    public Mode mode() {
        return mode;
    }

    /** The section highlighted in the table of contents, from 0. */
    public int selected() {
        return selected;
    }

    /** The number typed so far in the table of contents. */
    public String typed() {
        return typed;
    }

    public boolean isDone() {
        return mode == Mode.QUIT || mode == Mode.INTERRUPTED;
    }

    /** Leaves the lesson (end of input, the terminal went away). */
    public void quit() {
        mode = Mode.QUIT;
    }

    /** Whether more of the section is below the screen. */
    public boolean hasMoreBelow() {
        return top + viewHeight < contentLines;
    }

    /** The current section is this many lines long and the screen shows this many (after a render or resize). */
    public void layout(int contentLines, int viewHeight) {
        this.contentLines = Math.max(1, contentLines);
        this.viewHeight = Math.max(1, viewHeight);
        clampTop();
    }

    /** Applies a key; returns true when the shown section changed (the pager records it as read). */
    public boolean press(Key key) {
        int before = section;
        Mode modeBefore = mode;
        if (key == Key.INTERRUPT) {
            mode = Mode.INTERRUPTED;
            return false;
        }
        switch (mode) {
            case READING -> reading(key);
            case CONTENTS -> contents(key);
            case HELP -> mode = beforeHelp;
            case FINISHED -> finished(key);
            default -> { }
        }
        if (key == Key.HELP && modeBefore != Mode.HELP && modeBefore != Mode.CONTENTS) {
            beforeHelp = modeBefore;
            mode = Mode.HELP;
        }
        return section != before;
    }

    private void reading(Key key) {
        switch (key) {
            case NEXT -> next();
            case SPACE -> {
                if (hasMoreBelow()) {
                    scroll(viewHeight);
                } else {
                    next();
                }
            }
            case PREVIOUS -> go(section - 1);
            case DOWN -> scroll(1);
            case UP -> scroll(-1);
            case PAGE_DOWN -> scroll(viewHeight);
            case PAGE_UP -> scroll(-viewHeight);
            case HOME -> top = 0;
            case END -> scroll(contentLines);
            case CONTENTS -> openContents();
            case QUIT, ESCAPE -> mode = Mode.QUIT;
            default -> { }
        }
    }

    private void next() {
        if (section + 1 < sections) {
            go(section + 1);
        } else {
            mode = Mode.FINISHED;
        }
    }

    /** At the end of the chapter: leave, or (when sections were skipped) open the first one not read. */
    private void finished(Key key) {
        switch (key) {
            case PREVIOUS -> mode = Mode.READING; // back to the last section
            case CONTENTS -> openContents();
            case QUIT, ESCAPE -> mode = Mode.QUIT;
            case NEXT, SPACE, ENTER -> {
                if (allRead()) {
                    mode = Mode.QUIT;
                } else {
                    jump(unread().get(0));
                }
            }
            default -> { }
        }
    }

    private void openContents() {
        mode = Mode.CONTENTS;
        selected = section;
        typed = "";
    }

    private void contents(Key key) {
        if (key.isDigit()) {
            String candidate = typed + key.digitValue();
            int n = Integer.parseInt(candidate);
            if (n >= 1 && n <= sections) {
                typed = candidate;
                selected = n - 1;
                if (n * 10 > sections) { // no longer number starts this way: jump now
                    jump(n - 1);
                }
            }
            return;
        }
        switch (key) {
            case DOWN, NEXT -> {
                selected = Math.min(sections - 1, selected + 1);
                typed = "";
            }
            case UP, PREVIOUS -> {
                selected = Math.max(0, selected - 1);
                typed = "";
            }
            case BACKSPACE -> {
                typed = typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1);
                if (!typed.isEmpty()) {
                    selected = Integer.parseInt(typed) - 1;
                }
            }
            case ENTER, SPACE -> jump(selected);
            case CONTENTS, ESCAPE, QUIT -> mode = Mode.READING;
            default -> { }
        }
    }

    private void jump(int target) {
        mode = Mode.READING;
        typed = "";
        go(target);
    }

    private void go(int target) {
        int t = Math.max(0, Math.min(sections - 1, target));
        if (t != section) {
            section = t;
            top = 0;
        }
        read[section] = true;
    }

    private void scroll(int lines) {
        top += lines;
        clampTop();
    }

    private void clampTop() {
        top = Math.max(0, Math.min(top, contentLines - viewHeight));
    }
}
