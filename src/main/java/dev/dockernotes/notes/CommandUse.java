package dev.dockernotes.notes;

/** A command line the notes show (in a code block or inline code), where it stands. */
public record CommandUse(Topic topic, String text, int line, boolean inCodeBlock) {

    /** The program it runs, after any sudo: "docker", "openssl", "systemctl". */
    public String program() {
        String[] words = text.trim().split("\\s+");
        int i = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
        return words[i];
    }
}
