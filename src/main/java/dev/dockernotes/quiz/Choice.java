package dev.dockernotes.quiz;

/** One option of a single-choice or multiple-select question. */
public record Choice(String text, boolean correct) {}
