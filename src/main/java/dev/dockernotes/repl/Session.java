package dev.dockernotes.repl;

/** What one shell session remembers between lines: the chapter being worked on. */
final class Session {
    private String chapter;

    /** The chapter key ("chapter2") last used by learn, show, quiz or topics; null before any. */
    String chapter() {
        return chapter;
    }

    void chapter(String chapterKey) {
        this.chapter = chapterKey;
    }
}
