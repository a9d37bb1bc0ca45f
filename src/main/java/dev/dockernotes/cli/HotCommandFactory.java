package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;

/**
 * The hot one-shot commands by name, for the fast path (dev.dockernotes.fast), which parses their
 * options by hand. Apart from {@link CommandLineFactory} on purpose: its class initializer reads
 * picocli annotations (a dynamic proxy class spun at run time) and links a lambda per command, tens
 * of milliseconds a fast run never needs.
 */
public final class HotCommandFactory {
    private HotCommandFactory() {}

    /** A new hot command by its name; null for any other name. No annotation is read. */
    public static BaseCommand create(String name, AppContext ctx) {
        return switch (name) {
            case "chapters" -> new ChaptersCommand(ctx);
            case "show" -> new ShowCommand(ctx);
            case "learn" -> new LearnCommand(ctx);
            case "search" -> new SearchCommand(ctx);
            case "explain" -> new ExplainCommand(ctx);
            case "quiz" -> new QuizCommand(ctx);
            case "shell" -> new ShellCommand(ctx);
            default -> null;
        };
    }
}
