package dev.dockernotes.content;

/** One content file: the path shown in messages ("quizzes/chapter1.json", "labs/chapter3.json") and its text. */
public record Source(String path, String text) {}
