package dev.dockernotes.docker;

import java.util.List;
import java.util.Objects;

/**
 * One word of a command line with its role.
 *
 * @param text    the word as the user wrote it (quotes removed)
 * @param kind    command, subcommand, flag, value or argument
 * @param role    a finer role: "program", "management command", "global option", "image",
 *                "container", "container command", "argument"...
 * @param flags   for a flag, the long names it stands for ("-it" -> --interactive, --tty)
 * @param flag    for a value, the long name of the flag it belongs to
 * @param meaning one line on what it means here
 */
public record Token(String text, Kind kind, String role, List<String> flags, String flag, String meaning) {

    public enum Kind {
        COMMAND, SUBCOMMAND, FLAG, VALUE, ARGUMENT;

        /** The lower-case name used in JSON: "flag". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Token {
        flags = List.copyOf(flags);
        flag = flag == null ? "" : flag;
        meaning = meaning == null ? "" : meaning;
    }

    // equals and hashCode written out, with the values the generated ones give: those bootstrap
    // method handles on first use (ObjectMethods), tens of ms of a cold explain of a line, whose
    // tokens key a map.
    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && kind == t.kind && Objects.equals(text, t.text) && Objects.equals(role, t.role)
                && Objects.equals(flags, t.flags) && Objects.equals(flag, t.flag) && Objects.equals(meaning, t.meaning);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(text);
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + Objects.hashCode(role);
        h = 31 * h + Objects.hashCode(flags);
        h = 31 * h + Objects.hashCode(flag);
        return 31 * h + Objects.hashCode(meaning);
    }

    static Token of(String text, Kind kind, String role, String meaning) {
        return new Token(text, kind, role, List.of(), "", meaning);
    }
}
