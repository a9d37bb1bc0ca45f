package dev.dockernotes.notes;

/** One Markdown file of notes: the path shown to the user in messages, and its text. */
public record NoteFile(String path, String stem, String content) {}
