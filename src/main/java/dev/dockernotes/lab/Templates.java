package dev.dockernotes.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code ${name}} parameters of a lab's texts and checks: filling them in, and finding undeclared ones. */
public final class Templates {
    private static final Pattern PARAM = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
    /** Parameters dockernotes fills in itself from the endpoint in use. */
    public static final Set<String> BUILT_IN_PARAMS = Set.of("curl", "socket");

    private Templates() {}

    /** Fills ${name} from the parameters; unknown names stay as they are. */
    public static String fill(String text, Map<String, String> params) {
        Matcher m = PARAM.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = params.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The parameters the text uses that are neither declared nor built in, in the order they are used. */
    public static List<String> undeclared(String text, Set<String> declared) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            if (!declared.contains(m.group(1)) && !BUILT_IN_PARAMS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** True when the whole text is one parameter ("${port}"), filled in only when the lab runs. */
    public static boolean isParameter(String text) {
        return PARAM.matcher(text).matches();
    }
}
