package dev.dockernotes.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in until the explain package's docker model is merged: compares the words of the two lines,
 * with {@code <placeholder>} words matching anything. Replaced by {@link DockerCommandChecker}.
 */
final class InterimCommandChecker implements CommandChecker {
    @Override
    public Comparison compare(String expected, String given) {
        String[] e = expected.strip().split("\\s+");
        String[] g = given.strip().split("\\s+");
        List<String> diff = new ArrayList<>();
        for (int i = 0; i < Math.max(e.length, g.length); i++) {
            String ew = i < e.length ? e[i] : null;
            String gw = i < g.length ? g[i] : null;
            if (ew != null && gw != null && (ew.equals(gw) || ew.startsWith("<") && ew.endsWith(">"))) {
                continue;
            }
            diff.add(ew == null ? "unexpected " + gw : gw == null ? "missing " + ew : "expected " + ew + ", not " + gw);
        }
        return new Comparison(diff.isEmpty(), diff);
    }
}
