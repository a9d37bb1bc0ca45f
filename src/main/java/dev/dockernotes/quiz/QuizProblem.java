package dev.dockernotes.quiz;

/** Something wrong in a quiz file, where it is: printed as "quizzes/chapter3.json:14:7: message". */
public record QuizProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
