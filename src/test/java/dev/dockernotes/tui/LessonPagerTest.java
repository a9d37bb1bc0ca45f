package dev.dockernotes.tui;

import dev.dockernotes.app.Lesson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The pager over a DumbTerminal fed a script of keys (no pty, no threads of our own). */
class LessonPagerTest {
    private static final Lesson LESSON = new Lesson("Chapter 9: Testing", List.of(
            new Lesson.Section("first", "First", "### First\n\nThe first section."),
            new Lesson.Section("second", "Second", "### Second\n\n" + "A line of the long section.\n\n".repeat(30)),
            new Lesson.Section("third", "Third", "### Third\n\nThe last section.")),
            "**You finished Chapter 9.**");

    private final List<Integer> shown = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private LessonPager pager(String keys, int width, int height) throws IOException {
        DumbTerminal terminal = new DumbTerminal("test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), output, StandardCharsets.UTF_8);
        terminal.setSize(new Size(width, height));
        return new LessonPager(terminal, LESSON, false, false, shown::add);
    }

    private static String screen(LessonPager pager) {
        return String.join("\n", pager.lastScreen());
    }

    private static final Lesson CODE = new Lesson("Chapter 9: Testing", List.of(
            new Lesson.Section("code", "Code", "### Code\n\n```bash\ndocker container run -it --name web -p 8080:80 ubuntu:latest"
                    + " /bin/bash  # -it switch your shell into the terminal of the container\n```\n")),
            "**Done.**");

    /** The pager at 40, 80 and 200 columns, plain: every line fits, long code wraps with a mark, q quit shows. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {40, 80, 200})
    void longCodeLinesWrapWithAMarkAndTheQuitKeyAlwaysShows(int width) throws IOException {
        DumbTerminal terminal = new DumbTerminal("test", "xterm-256color",
                new ByteArrayInputStream("q".getBytes(StandardCharsets.UTF_8)), output, StandardCharsets.UTF_8);
        terminal.setSize(new Size(width, 12));
        LessonPager pager = new LessonPager(terminal, CODE, false, false, shown::add);
        pager.run(0);
        List<String> screen = pager.lastScreen();
        assertThat(screen).allSatisfy(l -> assertThat(dev.dockernotes.render.Columns.visibleWidth(l)).isLessThanOrEqualTo(width));
        assertThat(screen.get(screen.size() - 1)).endsWith("q quit");
        String text = String.join("\n", screen);
        assertThat(text).doesNotContain("›");
        String joined = text.replaceAll("↩\n *", "");
        assertThat(joined).contains("# -it switch your shell into the terminal of the container");
        assertThat(text.contains("↩")).isEqualTo(width < 120);
    }

    private static final Lesson LONG_TITLES = new Lesson("Chapter 3: Images and Containers, Layers and Volumes", List.of(
            new Lesson.Section("one", "What Happens When You Run Multiple Containers from a Single Image?", "### One\n\nText."),
            new Lesson.Section("two", "Two", "### Two\n\nText.")),
            "**Done.**");

    private LessonPager longTitles(String keys) {
        DumbTerminal terminal;
        try {
            terminal = new DumbTerminal("test", "xterm-256color",
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        terminal.setSize(new Size(40, 14));
        return new LessonPager(terminal, LONG_TITLES, true, false, shown::add);
    }

    /** At 40 columns a long chapter or section title wraps at words, in the header and in the contents: nothing is cut. */
    @Test
    void longTitlesWrapWholeInTheHeaderAndTheContents() throws IOException {
        LessonPager lesson = longTitles("q");
        lesson.run(0);
        List<String> header = lesson.lastScreen().subList(0, 5).stream().map(dev.dockernotes.render.Columns::strip).toList();
        assertThat(header).containsExactly("Chapter 3: Images and Containers, Layers", "  and Volumes",
                "Section 1 of 2 · What Happens When You", "  Run Multiple Containers from a Single", "  Image?");
        LessonPager pager = longTitles("t");
        pager.run(0);
        List<String> screen = pager.lastScreen();
        assertThat(screen).hasSize(14).allSatisfy(l -> assertThat(dev.dockernotes.render.Columns.visibleWidth(l)).isLessThanOrEqualTo(40));
        String text = dev.dockernotes.render.Columns.strip(String.join("\n", screen));
        assertThat(text).doesNotContain("›").contains("▸ 1. What Happens When You Run Multiple\n"
                + "     Containers from a Single Image?\n" + "     (current)\n" + "  2. Two");
        // the selected entry is in reverse video on every one of its lines, through the theme's role
        assertThat(screen.stream().filter(l -> l.startsWith("\u001b[7m"))).hasSize(3);
    }

    @Test
    void showsAHeaderWithTheChapterThePlaceAndAProgressBar() throws IOException {
        LessonPager pager = pager("q", 60, 12);
        assertThat(pager.run(0)).isEqualTo(Lesson.Outcome.QUIT);
        assertThat(pager.lastScreen()).hasSize(12);
        assertThat(pager.lastScreen().get(0)).isEqualTo("Chapter 9: Testing");
        assertThat(pager.lastScreen().get(1)).isEqualTo("Section 1 of 3 · First");
        assertThat(pager.lastScreen().get(2)).startsWith("━━━").endsWith("─ 33%")
                .as("NO_COLOR only removes the colour: the same bar, heavy for what is read").doesNotContain("#", "[");
        assertThat(screen(pager)).contains("The first section.").contains("n next · p previous · t contents");
        assertThat(shown).containsExactly(0);
    }

    /**
     * The first section rendered ahead (while the terminal opens) for the window's width gives the
     * very screen the pager renders itself; rendered for another width, the pager renders again.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {40, 80, 200})
    void aSectionRenderedAheadShowsAsThePagerWouldHaveRenderedIt(int width) throws IOException {
        LessonPager own = pager("q", width, 12);
        own.run(1);
        for (int ahead : new int[] {width, width + 7}) {
            PageRenderer pages = new PageRenderer(false, false);
            List<String> early = pages.lines(LESSON.sections().get(1).markdown(), ahead);
            DumbTerminal terminal = new DumbTerminal("test", "xterm-256color",
                    new ByteArrayInputStream("q".getBytes(StandardCharsets.UTF_8)), output, StandardCharsets.UTF_8);
            terminal.setSize(new Size(width, 12));
            LessonPager pager = new LessonPager(terminal, LESSON, pages, java.util.Set.of(), shown::add);
            pager.run(1);
            assertThat(pager.lastScreen()).as("rendered ahead at %d", ahead).isEqualTo(own.lastScreen());
            assertThat(pages.lines(LESSON.sections().get(1).markdown(), ahead)).as("kept").isSameAs(early);
        }
        assertThat(own.lastScreen()).allSatisfy(l -> assertThat(dev.dockernotes.render.Columns.visibleWidth(l)).isLessThanOrEqualTo(width));
    }

    @Test
    void aSectionsMarkdownIsMadeWhenItIsFirstShown() throws IOException {
        List<String> made = new ArrayList<>();
        Lesson lesson = new Lesson("Chapter 9: Testing", List.of(
                Lesson.Section.madeWhenRead("first", "First", () -> { made.add("first"); return "### First\n\nOne."; }),
                Lesson.Section.madeWhenRead("second", "Second", () -> { made.add("second"); return "### Second\n\nTwo."; }),
                Lesson.Section.madeWhenRead("third", "Third", () -> { made.add("third"); return "### Third\n\nThree."; })),
                "**Done.**");
        DumbTerminal terminal = new DumbTerminal("test", "xterm-256color",
                new ByteArrayInputStream("npt".getBytes(StandardCharsets.UTF_8)), output, StandardCharsets.UTF_8);
        terminal.setSize(new Size(60, 12));
        LessonPager pager = new LessonPager(terminal, lesson, false, false, shown::add);
        pager.run(0);
        assertThat(made).as("each once, the third never shown").containsExactly("first", "second");
        assertThat(screen(pager)).contains("1. First", "2. Second", "3. Third"); // the contents need only titles
    }

    @Test
    void nextPreviousAndContentsRecordEachSectionShown() throws IOException {
        LessonPager pager = pager("npt3q", 60, 12);
        pager.run(0);
        assertThat(shown).containsExactly(0, 1, 0, 2);
        assertThat(screen(pager)).contains("Section 3 of 3 · Third").contains("The last section.");
    }

    @Test
    void longSectionsPageWithinTheScreen() throws IOException {
        LessonPager pager = pager("njjq", 60, 12);
        pager.run(0);
        assertThat(pager.lastScreen()).hasSize(12);
        assertThat(screen(pager)).doesNotContain("### Second").contains("lines 3-9 of");
    }

    @Test
    void finishingTheChapterSaysSoAndSuggestsWhatIsNext() throws IOException {
        LessonPager pager = pager("nnnq", 60, 12);
        assertThat(pager.run(0)).isEqualTo(Lesson.Outcome.FINISHED);
        assertThat(screen(pager)).contains("Finished: all 3 sections").contains("You finished Chapter 9.");
    }

    @Test
    void contentsListsEverySectionAndHelpListsTheKeys() throws IOException {
        LessonPager contents = pager("t", 60, 12);
        contents.run(1);
        assertThat(screen(contents)).contains("1. First").contains("▸ 2. Second  (current)").contains("3. Third");
        LessonPager help = pager("?", 60, 20);
        help.run(0);
        assertThat(screen(help)).contains("table of contents").contains("quit");
    }

    @Test
    void ctrlCLeavesCleanly() throws IOException {
        LessonPager pager = pager("n\u0003n", 60, 12);
        assertThat(pager.run(0)).isEqualTo(Lesson.Outcome.INTERRUPTED);
        assertThat(shown).containsExactly(0, 1);
    }

    @Test
    void linesNeverOverflowANarrowWindow() throws IOException {
        LessonPager pager = pager("q", 24, 10);
        pager.run(0);
        assertThat(pager.lastScreen()).allSatisfy(l -> assertThat(dev.dockernotes.render.Columns.width(l)).isLessThanOrEqualTo(24));
    }

    @Test
    void theEndSaysFinishedOnlyWhenEverySectionWasRead() throws IOException {
        LessonPager skipped = pager("t3n", 60, 12); // 1 -> 3 -> end: 2 skipped
        assertThat(skipped.run(0)).isEqualTo(Lesson.Outcome.REACHED_END);
        assertThat(screen(skipped)).contains("End of the chapter: 2 of 3 sections read", "Section 2: Second",
                "Press Enter to open section 2", "Enter section 2", "q quit").doesNotContain("Finished", "You finished");

        shown.clear();
        LessonPager all = pager("nnn", 60, 12);
        assertThat(all.run(0)).isEqualTo(Lesson.Outcome.FINISHED);
        assertThat(screen(all)).contains("Finished: all 3 sections read", "You finished Chapter 9.");
    }
}
