package dev.dockernotes.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.progress.Schedule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final Scheduler scheduler = new Scheduler();

    @Test
    void rightAnswersComeBackAfterOneDaySixDaysThenEaseTimesLonger() {
        Schedule s = new Schedule();
        scheduler.review(s, true, NOW);
        assertThat(s.due()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        scheduler.review(s, true, NOW);
        assertThat(s.intervalDays()).isEqualTo(6);
        scheduler.review(s, true, NOW);
        assertThat(s.intervalDays()).isEqualTo(15); // 6 * 2.5
        assertThat(s.repetitions()).isEqualTo(3);
        assertThat(s.ease()).isEqualTo(2.5);
    }

    @Test
    void aWrongAnswerStartsOverTomorrowAndLowersTheEase() {
        Schedule s = new Schedule();
        scheduler.review(s, true, NOW);
        scheduler.review(s, true, NOW);
        scheduler.review(s, false, NOW);
        assertThat(s.repetitions()).isZero();
        assertThat(s.lapses()).isEqualTo(1);
        assertThat(s.intervalDays()).isEqualTo(1);
        assertThat(s.due()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(s.ease()).isCloseTo(1.96, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void easeNeverDropsBelowTheFloor() {
        Schedule s = new Schedule();
        for (int i = 0; i < 10; i++) {
            scheduler.review(s, false, NOW);
        }
        assertThat(s.ease()).isEqualTo(Scheduler.MIN_EASE);
        assertThat(s.lapses()).isEqualTo(10);
    }

    @Test
    void dueMeansAtOrBeforeNow() {
        Schedule s = scheduler.review(new Schedule(), false, NOW);
        assertThat(s.isDue(NOW)).isFalse();
        assertThat(s.isDue(NOW.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void intervalsStopGrowingAtAYearHoweverManyRightAnswersInARow() {
        Schedule s = new Schedule();
        Instant at = NOW;
        for (int i = 0; i < 100; i++) {
            scheduler.review(s, true, at);
            at = s.due();
        }
        assertThat(s.intervalDays()).isEqualTo(Scheduler.MAX_INTERVAL_DAYS);
        assertThat(s.repetitions()).isEqualTo(100);
        Instant before = at;
        scheduler.review(s, true, at);
        assertThat(s.due()).isEqualTo(before.plus(Duration.ofDays(365)));
    }

    @Test
    void oddStoredValuesAreClampedNotFatal() {
        Schedule huge = new Schedule().intervalDays(2e11).ease(1e9).repetitions(39);
        scheduler.review(huge, true, NOW);
        assertThat(huge.intervalDays()).isEqualTo(365);
        assertThat(huge.due()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(huge.ease()).isEqualTo(Scheduler.MAX_EASE);

        Schedule nan = new Schedule().intervalDays(Double.NaN).ease(Double.NaN).repetitions(-5).lapses(Integer.MAX_VALUE);
        scheduler.review(nan, true, NOW);
        assertThat(nan.intervalDays()).isEqualTo(1);
        assertThat(nan.ease()).isEqualTo(2.5);
        scheduler.review(nan, false, NOW);
        assertThat(nan.lapses()).isEqualTo(1_000_001);
        assertThat(nan.due()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }
}
