package dev.dockernotes.progress;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads and writes the timestamps the progress file holds ({@code Instant.toString()}:
 * 2026-01-01T10:00:00Z, optionally with a fraction) without {@link java.time.format.DateTimeFormatter},
 * which allocates about a kilobyte per timestamp, and without a {@link java.time.LocalDate} per
 * timestamp: a file of thousands of records is read and written on every save. Anything else goes to
 * {@link Instant#parse} and {@link Instant#toString}, so the results are always theirs.
 */
final class Instants {
    /** The longest text {@link #format(Instant, char[])} writes. */
    static final int MAX_LENGTH = 30;
    private static final long DAYS_0000_TO_1970 = 719_528;
    /** Where the fast paths work: years 1000 to 9999 (four digits, no sign). */
    private static final long FIRST_DAY = epochDay(1000, 1, 1);
    private static final long LAST_DAY = epochDay(9999, 12, 31);

    private Instants() {}

    /** The instant, or throws {@link DateTimeException} as Instant.parse does. */
    static Instant parse(String s) {
        return parse(s.toCharArray(), 0, s.length());
    }

    /** The instant written in {@code c[off, off+n)}, or throws {@link DateTimeException} as Instant.parse does. */
    static Instant parse(char[] c, int off, int n) {
        if (n >= 20 && n <= MAX_LENGTH && c[off + 4] == '-' && c[off + 7] == '-' && c[off + 10] == 'T'
                && c[off + 13] == ':' && c[off + 16] == ':' && c[off + n - 1] == 'Z') {
            int year = digits(c, off, 4);
            int month = digits(c, off + 5, 2);
            int day = digits(c, off + 8, 2);
            int hour = digits(c, off + 11, 2);
            int minute = digits(c, off + 14, 2);
            int second = digits(c, off + 17, 2);
            int nanos = 0;
            boolean ok = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
            if (ok && n > 20) {
                int fraction = n - 21;
                ok = c[off + 19] == '.' && fraction >= 1 && fraction <= 9;
                if (ok) {
                    nanos = digits(c, off + 20, fraction);
                    ok = nanos >= 0;
                    for (int i = fraction; i < 9 && ok; i++) {
                        nanos *= 10;
                    }
                }
            }
            if (ok) {
                long days = epochDay(year, month, day);
                return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
            }
        }
        return Instant.parse(new String(c, off, n));
    }

    /** Exactly {@link Instant#toString()}. */
    static String format(Instant at) {
        char[] c = new char[MAX_LENGTH];
        int n = format(at, c);
        return n < 0 ? at.toString() : new String(c, 0, n);
    }

    /**
     * Writes what {@link Instant#toString()} would into {@code c} (at least {@link #MAX_LENGTH} long):
     * seconds always, a fraction in groups of three digits when there is one. Returns the length, or
     * -1 for a year outside 1000 to 9999 (use {@code toString} then).
     */
    static int format(Instant at, char[] c) {
        long seconds = at.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        if (days < FIRST_DAY || days > LAST_DAY) {
            return -1;
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        // from the proleptic Gregorian day number, as LocalDate.ofEpochDay works it out
        long zeroDay = days + DAYS_0000_TO_1970 - 60; // from 0000-03-01, so the leap day ends a year
        long yearEstimate = (400 * zeroDay + 591) / 146_097;
        long dayOfYear = zeroDay - (365 * yearEstimate + yearEstimate / 4 - yearEstimate / 100 + yearEstimate / 400);
        if (dayOfYear < 0) {
            yearEstimate--;
            dayOfYear = zeroDay - (365 * yearEstimate + yearEstimate / 4 - yearEstimate / 100 + yearEstimate / 400);
        }
        int marchDayOfYear = (int) dayOfYear;
        int marchMonth = (marchDayOfYear * 5 + 2) / 153;
        int month = (marchMonth + 2) % 12 + 1;
        int day = marchDayOfYear - (marchMonth * 306 + 5) / 10 + 1;
        int year = (int) (yearEstimate + marchMonth / 10);

        put(c, 0, year, 4);
        c[4] = '-';
        put(c, 5, month, 2);
        c[7] = '-';
        put(c, 8, day, 2);
        c[10] = 'T';
        put(c, 11, secondOfDay / 3600, 2);
        c[13] = ':';
        put(c, 14, secondOfDay / 60 % 60, 2);
        c[16] = ':';
        put(c, 17, secondOfDay % 60, 2);
        int n = 19;
        int nanos = at.getNano();
        if (nanos != 0) {
            c[n++] = '.';
            if (nanos % 1_000_000 == 0) {
                put(c, n, nanos / 1_000_000, 3);
                n += 3;
            } else if (nanos % 1000 == 0) {
                put(c, n, nanos / 1000, 6);
                n += 6;
            } else {
                put(c, n, nanos, 9);
                n += 9;
            }
        }
        c[n++] = 'Z';
        return n;
    }

    /** Days since 1970-01-01 of a valid date with a year from 0, as LocalDate.toEpochDay counts them. */
    private static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in c[from, from+n), or -1 if any character is not a digit. */
    private static int digits(char[] c, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char ch = c[i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
