package dev.dockernotes.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.tui.LessonNavigator.Key;
import dev.dockernotes.tui.LessonNavigator.Mode;
import org.junit.jupiter.api.Test;

class LessonNavigatorTest {

    @Test
    void nextAndPreviousMoveBetweenSectionsAndStopAtTheStart() {
        LessonNavigator nav = new LessonNavigator(3, 0);
        assertThat(nav.press(Key.PREVIOUS)).isFalse();
        assertThat(nav.press(Key.NEXT)).isTrue();
        assertThat(nav.section()).isEqualTo(1);
        nav.press(Key.PREVIOUS);
        assertThat(nav.section()).isZero();
    }

    @Test
    void nextOnTheLastSectionFinishesTheChapterAndPreviousGoesBack() {
        LessonNavigator nav = new LessonNavigator(2, 1);
        nav.press(Key.NEXT);
        assertThat(nav.mode()).isEqualTo(Mode.FINISHED);
        nav.press(Key.PREVIOUS);
        assertThat(nav.mode()).isEqualTo(Mode.READING);
        assertThat(nav.section()).isEqualTo(1);
        nav.press(Key.NEXT);
        nav.press(Key.QUIT);
        assertThat(nav.isDone()).isTrue();
    }

    @Test
    void longSectionsScrollWithinTheScreenAndSpacePagesBeforeMovingOn() {
        LessonNavigator nav = new LessonNavigator(2, 0);
        nav.layout(50, 20);
        nav.press(Key.DOWN);
        assertThat(nav.top()).isEqualTo(1);
        nav.press(Key.PAGE_DOWN);
        assertThat(nav.top()).isEqualTo(21);
        nav.press(Key.SPACE); // 30 is the last top that still fills the screen
        assertThat(nav.top()).isEqualTo(30);
        assertThat(nav.section()).isZero();
        nav.press(Key.SPACE);
        assertThat(nav.section()).isEqualTo(1);
        assertThat(nav.top()).isZero();
        nav.layout(50, 20);
        nav.press(Key.END);
        assertThat(nav.top()).isEqualTo(30);
        nav.press(Key.PAGE_UP);
        nav.press(Key.UP);
        assertThat(nav.top()).isEqualTo(9);
        nav.press(Key.HOME);
        assertThat(nav.top()).isZero();
    }

    @Test
    void aSmallerWindowKeepsTheTopLineInRange() {
        LessonNavigator nav = new LessonNavigator(1, 0);
        nav.layout(50, 10);
        nav.press(Key.END);
        assertThat(nav.top()).isEqualTo(40);
        nav.layout(50, 45); // the window grew: no empty space below the text
        assertThat(nav.top()).isEqualTo(5);
    }

    @Test
    void contentsJumpsByNumberAtOnceWhenNoLongerNumberCouldFollow() {
        LessonNavigator nav = new LessonNavigator(8, 0);
        nav.press(Key.CONTENTS);
        assertThat(nav.mode()).isEqualTo(Mode.CONTENTS);
        assertThat(nav.press(Key.digit(5))).isTrue();
        assertThat(nav.mode()).isEqualTo(Mode.READING);
        assertThat(nav.section()).isEqualTo(4);
    }

    @Test
    void contentsWaitsForEnterWhenTheNumberMayGoOn() {
        LessonNavigator nav = new LessonNavigator(12, 0);
        nav.press(Key.CONTENTS);
        nav.press(Key.digit(1));
        assertThat(nav.mode()).isEqualTo(Mode.CONTENTS);
        assertThat(nav.typed()).isEqualTo("1");
        nav.press(Key.digit(1));
        assertThat(nav.section()).isEqualTo(10); // 11 cannot grow into another section number
        nav.press(Key.CONTENTS);
        nav.press(Key.digit(1));
        nav.press(Key.ENTER);
        assertThat(nav.section()).isZero();
    }

    @Test
    void contentsSelectsWithArrowsAndEscapeReturnsWithoutMoving() {
        LessonNavigator nav = new LessonNavigator(5, 2);
        nav.press(Key.CONTENTS);
        nav.press(Key.DOWN);
        nav.press(Key.DOWN);
        assertThat(nav.selected()).isEqualTo(4);
        nav.press(Key.ESCAPE);
        assertThat(nav.section()).isEqualTo(2);
        nav.press(Key.CONTENTS);
        nav.press(Key.UP);
        nav.press(Key.ENTER);
        assertThat(nav.section()).isEqualTo(1);
    }

    @Test
    void helpShowsAndAnyKeyReturns() {
        LessonNavigator nav = new LessonNavigator(3, 1);
        nav.press(Key.HELP);
        assertThat(nav.mode()).isEqualTo(Mode.HELP);
        nav.press(Key.NEXT);
        assertThat(nav.mode()).isEqualTo(Mode.READING);
        assertThat(nav.section()).isEqualTo(1);
    }

    @Test
    void ctrlCInterruptsFromAnyScreen() {
        LessonNavigator nav = new LessonNavigator(3, 0);
        nav.press(Key.CONTENTS);
        nav.press(Key.INTERRUPT);
        assertThat(nav.mode()).isEqualTo(Mode.INTERRUPTED);
        assertThat(nav.isDone()).isTrue();
    }

    @Test
    void theEndOfAChapterWithASectionSkippedOpensTheFirstOneNotRead() {
        LessonNavigator nav = new LessonNavigator(4, 0);
        nav.press(Key.CONTENTS);
        nav.press(Key.digit(3)); // 1 -> 3: section 2 skipped
        nav.press(Key.NEXT);
        nav.press(Key.NEXT);
        assertThat(nav.mode()).isEqualTo(Mode.FINISHED);
        assertThat(nav.allRead()).isFalse();
        assertThat(nav.unread()).containsExactly(1);
        assertThat(nav.press(Key.ENTER)).isTrue();
        assertThat(nav.mode()).isEqualTo(Mode.READING);
        assertThat(nav.section()).isEqualTo(1);
        assertThat(nav.allRead()).isTrue();
    }

    @Test
    void sectionsReadBeforeCountTowardsFinishing() {
        LessonNavigator nav = new LessonNavigator(3, 2, java.util.List.of(0, 1));
        nav.press(Key.NEXT);
        assertThat(nav.allRead()).isTrue();
        nav.press(Key.ENTER);
        assertThat(nav.isDone()).isTrue();
    }
}
