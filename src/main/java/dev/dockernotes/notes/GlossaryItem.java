package dev.dockernotes.notes;

/**
 * A glossary-like list item of the notes: {@code - **`docker container stop`** - Will stop ...},
 * {@code - **Ctrl-PQ** - Will detach ...} or {@code - `containerd`: the supervisor ...}. Read once
 * by the graph (from the syntax tree) for explain, the quiz generator and the graph's key terms.
 *
 * @param topic      the topic whose own text holds it
 * @param term       the term as written, without its Markdown ("docker container stop")
 * @param bold       the term is in bold ({@code **term**})
 * @param code       the term is code ({@code `term`}, or bold code {@code **`term`**})
 * @param definition the words after the dash, plain (code spans as their text)
 * @param markdown   the same words with code spans kept in backticks ("`-a` shows all")
 * @param line       the item's line in its file (1-based)
 */
public record GlossaryItem(Topic topic, String term, boolean bold, boolean code, String definition, String markdown,
                           int line) {

    /** The form of a command reference: a bold code term ({@code **`docker container stop`** - ...}). */
    public boolean isBoldCode() {
        return bold && code;
    }
}
