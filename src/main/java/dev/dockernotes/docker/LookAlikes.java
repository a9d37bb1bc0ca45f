package dev.dockernotes.docker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters that look like shell syntax but are not: typographic dashes where a flag's hyphens
 * belong ({@code —name}, common when a command is pasted from a web page or a word processor) and
 * curly quotes, which the shell passes on as ordinary characters.
 */
public final class LookAlikes {
    private LookAlikes() {}

    /** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and full-width hyphen-minus. */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    /** What Java makes of a typographic dash's UTF-8 bytes when the locale is not UTF-8 (LANG=C). */
    private static final char UNDECODED = '\uFFFD';
    private static final Pattern DASHED_WORD = Pattern.compile("(?<=^|\\s)([" + DASHES + UNDECODED + "]+)([A-Za-z][\\w-]*)");
    private static final String CURLY_QUOTES = "\u201C\u201D\u201E\u2018\u2019\u201A";
    private static final Pattern CURLY = Pattern.compile("[" + CURLY_QUOTES + "]");

    /** A line with its look-alikes replaced by what was meant, and one sentence per look-alike. */
    public record Result(String fixed, List<String> problems) {
        public boolean changed() {
            return !problems.isEmpty();
        }
    }

    /** Each look-alike dash read as two hyphens when the word is a long flag of some docker command, else as one. */
    public static Result fix(String line, DockerCli cli) {
        if (!hasLookAlike(line)) {
            return new Result(line, List.of()); // the usual case: no set of every flag to build
        }
        Set<String> longFlags = new HashSet<>();
        cli.globalFlags().forEach(f -> longFlags.add(f.longName()));
        cli.all().forEach(c -> c.flags().forEach(f -> longFlags.add(f.longName())));
        return fix(line, longFlags::contains);
    }

    /** Whether the line holds a character either pattern below starts with: a look-alike dash or curly quote. */
    private static boolean hasLookAlike(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u2010' && (DASHES.indexOf(c) >= 0 || c == UNDECODED || CURLY_QUOTES.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Each look-alike dash read as two hyphens when {@code isLongFlag} knows "--word", else as one. */
    public static Result fix(String line, Predicate<String> isLongFlag) {
        List<String> problems = new ArrayList<>();
        StringBuilder fixed = new StringBuilder();
        Matcher m = DASHED_WORD.matcher(line);
        while (m.find()) {
            String name = m.group(2);
            boolean undecoded = m.group(1).chars().allMatch(c -> c == UNDECODED);
            boolean doubled = m.group(1).length() > 1 && !undecoded;
            String meant = (name.length() > 1 && (doubled || isLongFlag.test("--" + name)) ? "--" : "-") + name;
            String type = meant.startsWith("--") ? "two plain hyphens" : "a plain hyphen";
            problems.add(undecoded
                    ? "`" + m.group() + "` looks like `" + meant + "` with a dash that is not a plain hyphen (a typographic"
                        + " dash pasted from a web page?); type " + type
                    : "`" + m.group() + "` looks like `" + meant + "` with a typographic dash (" + m.group(1) + "); type " + type);
            m.appendReplacement(fixed, Matcher.quoteReplacement(meant));
        }
        m.appendTail(fixed);
        String out = fixed.toString();
        Matcher q = CURLY.matcher(out);
        if (q.find()) {
            problems.add("`" + q.group() + "` is a typographic quote: the shell does not treat it as a quote;"
                    + " type a plain \" or '");
            out = out.replaceAll("[\u201C\u201D\u201E]", "\"").replaceAll("[\u2018\u2019\u201A]", "'");
        }
        return new Result(out, List.copyOf(problems));
    }
}
