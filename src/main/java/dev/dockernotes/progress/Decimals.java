package dev.dockernotes.progress;

/**
 * The numbers of a schedule (1.0, 2.5, 1.96, 6.0) read and written without a String each, with
 * exactly the results of {@link Double#parseDouble} and {@link Double#toString}: a file of thousands
 * of schedules is read and written on every save. Only short decimals take the fast way (both
 * directions are then exact: a whole number below 2^53 divided by a power of ten up to 10^22 is one
 * correctly rounded division); anything else goes to the JDK.
 */
final class Decimals {
    private static final double[] POWERS = {1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Below this, a whole number is exact in a double. */
    private static final long EXACT = 1L << 53;
    /** Where {@link #format} takes the fast way: |d| below this, at most this many decimals. */
    static final double FAST_BELOW = 1e6;
    static final int FAST_DECIMALS = 3;

    private Decimals() {}

    /**
     * {@code Double.parseDouble} of the plain decimal in {@code c[off, off+n)} ("-12.375"), or NaN
     * when it is not one the fast way reads (an exponent, too many digits): then parse it as text.
     */
    static double parse(char[] c, int off, int n) {
        int i = off;
        int end = off + n;
        boolean negative = i < end && c[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < end; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                mantissa = mantissa * 10 + (ch - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
                if (digits > 15) {
                    return Double.NaN;
                }
            } else if (ch == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || decimals == 0) {
            return Double.NaN;
        }
        double d = decimals < 0 ? mantissa : mantissa / POWERS[decimals];
        return negative ? -d : d;
    }

    /**
     * Writes {@code Double.toString(d)} into {@code c} (at least 24 long) when {@code d} is a short
     * decimal (below {@link #FAST_BELOW} in size, at most {@link #FAST_DECIMALS} decimals, not -0.0);
     * returns the length, or -1 for any other number (use {@code Double.toString} then).
     */
    static int format(double d, char[] c) {
        double size = Math.abs(d);
        if (!(size < FAST_BELOW) || d == 0 && 1 / d < 0) {
            return -1;
        }
        for (int decimals = 0; decimals <= FAST_DECIMALS; decimals++) {
            long scaled = Math.round(size * POWERS[decimals]);
            if (scaled < EXACT && scaled / POWERS[decimals] == size) {
                return write(c, d < 0, scaled, decimals);
            }
        }
        return -1;
    }

    /** "-" when negative, then {@code scaled} with a point before its last {@code decimals} digits ("N.0" at least). */
    private static int write(char[] c, boolean negative, long scaled, int decimals) {
        int fraction = Math.max(decimals, 1);
        int whole = Math.max(1, digitCount(scaled) - decimals);
        int n = (negative ? 1 : 0) + whole + 1 + fraction;
        if (negative) {
            c[0] = '-';
        }
        int pos = n - 1;
        long v = scaled;
        for (int k = 0; k < fraction; k++) {
            c[pos--] = (char) ('0' + (decimals == 0 ? 0 : v % 10));
            if (decimals > 0) {
                v /= 10;
            }
        }
        c[pos--] = '.';
        for (int k = 0; k < whole; k++) {
            c[pos--] = (char) ('0' + v % 10);
            v /= 10;
        }
        return n;
    }

    private static int digitCount(long v) {
        int count = 1;
        for (long x = v; x >= 10; x /= 10) {
            count++;
        }
        return count;
    }
}
