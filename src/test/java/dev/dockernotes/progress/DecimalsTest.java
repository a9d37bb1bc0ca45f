package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast ways give exactly what Double.toString writes and Double.parseDouble reads, or stand aside. */
class DecimalsTest {
    private static String format(double d) {
        char[] c = new char[24];
        int n = Decimals.format(d, c);
        return n < 0 ? null : new String(c, 0, n);
    }

    @Test
    void everyShortDecimalIsWrittenAsDoubleToStringWritesIt() {
        // the whole domain of the fast way below 1000 (3 decimals), both signs, and every 7001st above it
        List<String> wrong = new ArrayList<>();
        for (long k = 1; k < 1_000_000_000; k += k < 1_000_000 ? 1 : 7_001) {
            for (double d : new double[] {k / 1000.0, -k / 1000.0}) {
                String fast = format(d);
                if (!Double.toString(d).equals(fast)) {
                    wrong.add(d + " as " + fast);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(format(0.0)).isEqualTo("0.0");
    }

    @Test
    void otherNumbersAreLeftToDoubleToString() {
        for (double d : new double[] {-0.0, 1e6, 1e7, 2e300, 1e-4, 0.0001, 12.345678901234567, 1.0 / 3, Double.NaN,
                Double.POSITIVE_INFINITY, Double.MIN_VALUE, 2.6000000000000005}) {
            String fast = format(d);
            assertThat(fast == null || fast.equals(Double.toString(d))).as("%s gave %s", d, fast).isTrue();
        }
        assertThat(format(-0.0)).isNull();
        assertThat(format(1.0 / 3)).isNull();
        List<String> wrong = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            double d = random.nextDouble() * Math.pow(10, random.nextInt(12) - 4) * (random.nextBoolean() ? 1 : -1);
            String fast = format(d);
            if (fast != null && !fast.equals(Double.toString(d))) {
                wrong.add(d + " as " + fast);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void plainDecimalsAreReadAsDoubleParseDoubleReadsThem() {
        List<String> wrong = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Double.toString(random.nextInt(100_000) / 100.0);
                case 1 -> Long.toString(random.nextLong(1_000_000_000_000_000L)) + "." + random.nextInt(1000);
                case 2 -> "-" + random.nextInt(1000) + "." + String.format("%06d", random.nextInt(1_000_000));
                default -> Double.toString(random.nextDouble() * 1000);
            };
            double fast = Decimals.parse(text.toCharArray(), 0, text.length());
            if (!Double.isNaN(fast) && Double.compare(fast, Double.parseDouble(text)) != 0) {
                wrong.add(text + " as " + fast);
            }
        }
        assertThat(wrong).isEmpty();
        for (String text : new String[] {"2.5", "1.96", "0.1", "-0.0", "6.0", "12345678901234.5"}) {
            assertThat(Decimals.parse(text.toCharArray(), 0, text.length())).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String other : new String[] {"1e5", "1.5E300", "1234567890123456.7", "-", "5.", "1-2"}) {
            assertThat(Decimals.parse(other.toCharArray(), 0, other.length())).as(other).isNaN();
        }
    }
}
