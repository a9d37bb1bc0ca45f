package dev.dockernotes.tui;

import dev.dockernotes.app.Lesson;
import dev.dockernotes.app.Lesson.Outcome;
import dev.dockernotes.app.Styles;
import dev.dockernotes.tui.LessonNavigator.Key;
import dev.dockernotes.tui.LessonNavigator.Mode;
import dev.dockernotes.render.Columns;
import dev.dockernotes.render.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Shows a lesson one section at a time on a terminal: a header (chapter, "section k of n", a
 * progress bar), the section rendered to the terminal's width and paged within the screen, and a
 * key line. Where the reader is and what keys do is {@link LessonNavigator}'s job; this class
 * reads keys, draws screens and re-renders when the window is resized.
 */
public final class LessonPager {

    /** Prose is easier to read in lines no longer than this, however wide the window. */
    static final int MAX_TEXT_WIDTH = PageRenderer.MAX_TEXT_WIDTH;
    private static final int FOOTER_LINES = 1;

    private final Terminal terminal;
    private final Lesson lesson;
    private final boolean color;
    private final Styles styles;
    private final IntConsumer onShow;
    private final java.util.Collection<Integer> alreadyRead;
    private final PageRenderer pages;
    private LessonNavigator nav;
    private boolean reachedEnd;
    private List<String> lastScreen = List.of();
    private String scrollPosition = "";

    /**
     * @param onShow called with the index of each section when it is shown (to record it as read)
     */
    public LessonPager(Terminal terminal, Lesson lesson, boolean color, boolean hyperlinks, IntConsumer onShow) {
        this(terminal, lesson, color, hyperlinks, java.util.Set.of(), onShow);
    }

    /**
     * @param alreadyRead the sections (from 0) read before: the end of the chapter says "finished"
     *     only when every section is read, else it names those left and offers to open the first
     */
    public LessonPager(Terminal terminal, Lesson lesson, boolean color, boolean hyperlinks,
                       java.util.Collection<Integer> alreadyRead, IntConsumer onShow) {
        this(terminal, lesson, new PageRenderer(color, hyperlinks), alreadyRead, onShow);
    }

    /** @param pages the pages' lines, some perhaps rendered already (in the pager's colours) */
    LessonPager(Terminal terminal, Lesson lesson, PageRenderer pages, java.util.Collection<Integer> alreadyRead,
                IntConsumer onShow) {
        this.alreadyRead = java.util.List.copyOf(alreadyRead);
        this.terminal = terminal;
        this.lesson = lesson;
        this.color = pages.color();
        this.styles = new Styles(color);
        this.pages = pages;
        this.onShow = onShow;
    }

    /** Runs the lesson from section {@code start} (from 0) until the reader quits. */
    public Outcome run(int start) {
        nav = new LessonNavigator(lesson.size(), start, alreadyRead);
        Attributes saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C arrives as a key: leave cleanly
        terminal.setAttributes(raw);
        Terminal.SignalHandler previousWinch = terminal.handle(Terminal.Signal.WINCH, signal -> redraw());
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.cursor_invisible);
        try {
            BindingReader reader = new BindingReader(terminal.reader());
            KeyMap<Key> keys = keyMap();
            // the screen first, then the record that it was shown: the save (lock, write, fsync) is
            // not in the time before the reader sees the section
            redraw();
            onShow.accept(nav.section());
            while (!nav.isDone()) {
                Key key = reader.readBinding(keys);
                boolean changed;
                synchronized (this) {
                    if (key == null) { // end of input
                        nav.quit();
                        break;
                    }
                    changed = nav.press(key);
                    reachedEnd |= nav.mode() == Mode.FINISHED;
                }
                if (!nav.isDone()) {
                    redraw();
                }
                if (changed) {
                    onShow.accept(nav.section());
                }
            }
        } catch (org.jline.reader.EndOfFileException e) {
            // the terminal went away: leave as if the reader quit
        } finally {
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(saved);
            terminal.handle(Terminal.Signal.WINCH, previousWinch);
        }
        if (nav.mode() == Mode.INTERRUPTED) {
            return Outcome.INTERRUPTED;
        }
        if (!reachedEnd) {
            return Outcome.QUIT;
        }
        return nav.allRead() ? Outcome.FINISHED : Outcome.REACHED_END;
    }

    /** The section shown last (from 0). */
    public int section() {
        return nav.section();
    }

    /** The last screen drawn, one string per row, as rendered (with escape codes when colour is on). */
    public synchronized List<String> lastScreen() {
        return lastScreen;
    }

    private synchronized void redraw() {
        int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
        int height = terminal.getHeight() > 0 ? terminal.getHeight() : 24;
        lastScreen = screen(width, height);
        if (!terminal.puts(Capability.clear_screen)) {
            terminal.writer().print("\n");
        }
        terminal.writer().print(String.join("\r\n", lastScreen));
        terminal.flush();
    }

    /** The whole screen for the navigator's state: header, content, key line; exactly {@code height} rows. */
    synchronized List<String> screen(int width, int height) {
        List<String> titles = titles(width); // a long title wraps: the header takes the rows it needs
        int view = Math.max(1, height - titles.size() - 2 - FOOTER_LINES);
        List<String> content;
        String keysLine;
        scrollPosition = "";
        switch (nav.mode()) {
            case CONTENTS -> {
                content = contents(width, view);
                keysLine = fit(width, "type a number, or ↑/↓ and Enter · t/Esc back · q quit",
                        "number or ↑/↓ Enter · t back · q quit", "↑/↓ Enter · t back · q quit", "t back · q quit", "q quit");
            }
            case HELP -> {
                content = help(width);
                keysLine = "any key: back to the lesson";
            }
            case FINISHED -> {
                if (nav.allRead()) {
                    content = render(lesson.finished(), width);
                    keysLine = fit(width, "p back to the last section · t contents · q quit", "p back · t contents · q quit", "p back · q quit", "q quit");
                } else {
                    int first = nav.unread().get(0);
                    content = render(notReadYet(), width);
                    keysLine = fit(width, "Enter open section " + (first + 1) + " · p back to the last section · t contents · q quit",
                            "Enter section " + (first + 1) + " · p back · t contents · q quit", "Enter section " + (first + 1) + " · q quit", "q quit");
                }
            }
            default -> {
                List<String> lines = render(lesson.sections().get(nav.section()).markdown(), width);
                nav.layout(lines.size(), view);
                content = lines.subList(nav.top(), Math.min(lines.size(), nav.top() + view));
                scrollPosition = lines.size() > view
                        ? " · lines " + (nav.top() + 1) + "-" + Math.min(lines.size(), nav.top() + view) + " of "
                        + lines.size() + (nav.hasMoreBelow() ? " ↓" : "")
                        : "";
                keysLine = fit(width, "n next · p previous · t contents · ? help · q quit",
                        "n next · p prev · t contents · ? help · q quit", "n/p next/prev · t contents · ? · q quit",
                        "n · p · t · ? help · q quit", "? help · q quit", "q quit");
            }
        }
        List<String> screen = new ArrayList<>(header(titles, width)); // after the content: it shows the scroll position
        for (int i = 0; i < view; i++) {
            screen.add(i < content.size() ? Columns.truncate(content.get(i), width) : "");
        }
        screen.add(Columns.truncate(dim(keysLine), width));
        return screen;
    }

    /** The first of the key lines, longest first, that fits: each ends with the quit key, so it always shows. */
    private static String fit(int width, String... keyLines) {
        for (String k : keyLines) {
            if (Columns.width(k) <= width) {
                return k;
            }
        }
        return keyLines[keyLines.length - 1];
    }

    /** The chapter's title and where the reader is, each wrapped at words to the width (nothing cut). */
    private List<String> titles(int width) {
        int k = nav.section() + 1;
        int n = lesson.size();
        int readCount = n - nav.unread().size();
        String where = nav.mode() != Mode.FINISHED ? "Section " + k + " of " + n + " · " + lesson.sections().get(nav.section()).title()
                : nav.allRead() ? "Finished: all " + n + " sections read"
                : "End of the chapter: " + readCount + " of " + n + " sections read";
        List<String> lines = new ArrayList<>(Wrapper.lines(bold(lesson.chapterTitle()), "", "  ", width));
        lines.addAll(Wrapper.lines(where, "", "  ", width));
        return lines;
    }

    private List<String> header(List<String> titles, int width) {
        int k = nav.section() + 1;
        int n = lesson.size();
        int readCount = n - nav.unread().size();
        boolean end = nav.mode() == Mode.FINISHED;
        int barWidth = Math.max(10, Math.min(30, width - 30));
        int done = end ? (int) Math.round((double) readCount / n * barWidth) : (int) Math.round((double) k / n * barWidth);
        // the same bar without colour (NO_COLOR): heavy for what is read, light for the rest
        String bar = color
                ? styles.cyan("━".repeat(done)) + styles.dim("─".repeat(barWidth - done))
                : "━".repeat(done) + "─".repeat(barWidth - done);
        int percent = end ? readCount * 100 / n : k * 100 / n;
        List<String> header = new ArrayList<>(titles);
        header.add(Columns.truncate(bar + " " + percent + "%" + scrollPosition, width));
        header.add("");
        return header;
    }

    private List<String> contents(int width, int view) {
        List<String> lines = new ArrayList<>();
        lines.add(bold("Contents") + (nav.typed().isEmpty() ? "" : "  go to: " + nav.typed()));
        lines.add("");
        int digits = String.valueOf(lesson.size()).length();
        int selectedLine = 0;
        for (int i = 0; i < lesson.size(); i++) {
            String number = String.format("%" + digits + "d. ", i + 1);
            String marker = i == nav.selected() ? "▸ " : "  ";
            String current = i == nav.section() ? Wrapper.NBSP + " (current)" : "";
            // a long title wraps under itself, whole
            List<String> entry = Wrapper.lines(lesson.sections().get(i).title() + current, marker + number,
                    " ".repeat(Columns.width(marker + number)), width);
            if (i == nav.selected()) {
                selectedLine = lines.size();
            }
            for (String line : entry) {
                lines.add(i == nav.selected() ? styles.selected(line) : line);
            }
        }
        // keep the selected entry on screen
        int first = Math.max(0, Math.min(selectedLine - view / 2, lines.size() - view));
        return lines.subList(first, Math.min(lines.size(), first + view));
    }

    /** The end of a chapter with sections skipped: which, and how to open the first. */
    private String notReadYet() {
        StringBuilder md = new StringBuilder("**Not finished yet: these sections are not read.**\n\n");
        for (int i : nav.unread()) {
            md.append("- Section ").append(i + 1).append(": ").append(lesson.sections().get(i).title().replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1"))
                    .append("\n");
        }
        int first = nav.unread().get(0);
        md.append("\nPress Enter to open section ").append(first + 1).append(", or t for the contents.\n");
        return md.toString();
    }

    private List<String> help(int width) {
        String[][] keys = {
            {"n, space, →", "next section (space pages down first)"},
            {"p, ←", "previous section"},
            {"j, ↓ / k, ↑", "scroll one line"},
            {"PgDn / PgUp", "scroll one screen"},
            {"g / G", "top / bottom of the section"},
            {"t", "table of contents: type a number to jump"},
            {"?", "this help"},
            {"q, Esc", "quit (your place is remembered)"},
        };
        List<String> lines = new ArrayList<>(List.of(bold("Keys"), ""));
        for (String[] k : keys) {
            String label = "  " + k[0];
            lines.addAll(Wrapper.lines(k[1], label + " ".repeat(Math.max(2, 19 - Columns.width(label))), " ".repeat(19), width));
        }
        lines.add("");
        lines.addAll(Wrapper.lines("A line too long for the window goes on in the next one, and " + Wrapper.CUT_MARK
                + " marks where it was cut: code is never cut off.", "  ", "  ", width));
        return lines;
    }

    private List<String> render(String markdown, int width) {
        return pages.lines(markdown, width);
    }

    private String bold(String s) {
        return styles.bold(s);
    }

    private String dim(String s) {
        return styles.dim(s);
    }

    private KeyMap<Key> keyMap() {
        KeyMap<Key> keys = new KeyMap<>();
        bind(keys, Key.NEXT, "n", "l", "\u001b[C", "\u001bOC", cap(Capability.key_right));
        bind(keys, Key.PREVIOUS, "p", "b", "\u001b[D", "\u001bOD", cap(Capability.key_left));
        bind(keys, Key.SPACE, " ");
        bind(keys, Key.DOWN, "j", "\u001b[B", "\u001bOB", cap(Capability.key_down));
        bind(keys, Key.UP, "k", "\u001b[A", "\u001bOA", cap(Capability.key_up));
        bind(keys, Key.PAGE_DOWN, "\u001b[6~", "\u0006", cap(Capability.key_npage));
        bind(keys, Key.PAGE_UP, "\u001b[5~", "\u0002", cap(Capability.key_ppage));
        bind(keys, Key.HOME, "g", "\u001b[H", "\u001b[1~", "\u001bOH", cap(Capability.key_home));
        bind(keys, Key.END, "G", "\u001b[F", "\u001b[4~", "\u001bOF", cap(Capability.key_end));
        bind(keys, Key.CONTENTS, "t");
        bind(keys, Key.HELP, "?", "h");
        bind(keys, Key.QUIT, "q", "Q");
        bind(keys, Key.ENTER, "\r", "\n");
        bind(keys, Key.ESCAPE, "\u001b");
        bind(keys, Key.BACKSPACE, "\u007f", "\b");
        bind(keys, Key.INTERRUPT, "\u0003");
        for (int d = 0; d <= 9; d++) {
            bind(keys, Key.digit(d), String.valueOf(d));
        }
        keys.setNomatch(Key.NONE);
        keys.setUnicode(Key.NONE);
        keys.setAmbiguousTimeout(150);
        return keys;
    }

    private String cap(Capability capability) {
        String s = KeyMap.key(terminal, capability);
        return s == null ? "" : s;
    }

    private static void bind(KeyMap<Key> keys, Key key, String... sequences) {
        for (String s : sequences) {
            if (!s.isEmpty()) {
                keys.bind(key, s);
            }
        }
    }
}
