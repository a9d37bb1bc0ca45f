package dev.dockernotes.docker;

import java.util.List;

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

    static Token of(String text, Kind kind, String role, String meaning) {
        return new Token(text, kind, role, List.of(), "", meaning);
    }
}
