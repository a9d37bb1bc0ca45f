package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantsTest {
    @Test
    void readsWhatInstantToStringWritesExactlyAsInstantParseDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 250_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(Instants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void writesExactlyWhatInstantToStringWrites() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 250_000_000_000L);
            int nanos = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                case 3 -> random.nextInt(10) * 100_000_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant at = Instant.ofEpochSecond(seconds, nanos);
            assertThat(Instants.format(at)).isEqualTo(at.toString());
        }
        for (Instant edge : new Instant[] {Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("1000-01-01T00:00:00Z"),
                Instant.parse("0999-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.000000001Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.ofEpochSecond(-1, 1)}) {
            assertThat(Instants.format(edge)).isEqualTo(edge.toString());
        }
    }

    @Test
    void otherTextIsReadAsInstantParseReadsIt() {
        for (String odd : new String[] {"+1000000000-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z",
                "2026-01-01T00:00:00", "tomorrow", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z",
                "2026-13-01T00:00:00Z", "2026-01-01T00:00:60Z", "0000-01-01T00:00:00Z"}) {
            Object expected;
            try {
                expected = Instant.parse(odd);
            } catch (DateTimeException e) {
                expected = DateTimeException.class;
            }
            Object actual;
            try {
                actual = Instants.parse(odd);
            } catch (DateTimeException e) {
                actual = DateTimeException.class;
            }
            assertThat(actual).as(odd).isEqualTo(expected);
        }
        assertThatThrownBy(() -> Instants.parse("tomorrow")).isInstanceOf(DateTimeException.class);
    }
}
