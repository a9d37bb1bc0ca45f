package dev.dockernotes.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after its name ({@code --no-color learn} and
 * {@code learn --no-color} alike). Inherited options share this one instance with the subcommands.
 */
public final class GlobalOptions {

    public enum ColorWhen { auto, always, never }

    @Option(names = "--notes", paramLabel = "DIR", scope = ScopeType.INHERIT, converter = NotesDir.class,
            description = "Read the notes from this folder of Markdown files instead of the built-in Docker notes.")
    Path notes;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Plain output without colours or styles (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT,
            description = "Colour output: ${COMPLETION-CANDIDATES} (default: auto, colour only on a terminal).")
    ColorWhen color = ColorWhen.auto;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces for errors.")
    boolean debug;

    /** A folder name: an empty one would silently mean the current folder, so it is a usage error. */
    static final class NotesDir implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new ErrorHandler.OneLineUsageError("--notes needs a folder of Markdown notes, not an empty name");
            }
            return Path.of(value);
        }
    }

    public Path notes() {
        return notes;
    }

    public boolean debug() {
        return debug;
    }

    public boolean noColor() {
        return noColor;
    }

    public ColorWhen color() {
        return color;
    }

    /** The colour these options ask for: on, off (--no-color wins), or empty for auto. */
    public java.util.Optional<Boolean> colorChosen() {
        if (noColor) {
            return java.util.Optional.of(false);
        }
        return switch (color) {
            case always -> java.util.Optional.of(true);
            case never -> java.util.Optional.of(false);
            case auto -> java.util.Optional.empty();
        };
    }

    /** These options as defaults for every line of a shell opened with them (long name to value). */
    public java.util.Map<String, String> asDefaults() {
        java.util.Map<String, String> d = new java.util.HashMap<>();
        if (notes != null) {
            d.put("--notes", notes.toString());
        }
        if (noColor) {
            d.put("--no-color", "true");
        }
        if (color != ColorWhen.auto) {
            d.put("--color", color.name());
        }
        if (debug) {
            d.put("--debug", "true");
        }
        return d;
    }
}
