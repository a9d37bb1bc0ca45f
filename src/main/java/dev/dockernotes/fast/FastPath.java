package dev.dockernotes.fast;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.BaseCommand;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.cli.HotCommandFactory;
import dev.dockernotes.cli.GlobalOptions;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a command line: the hot one-shot commands ({@code explain}, {@code show}, {@code search},
 * {@code chapters}, {@code learn}, a piped {@code quiz}) straight from options parsed by hand, every
 * other line (and anything unusual in those) through picocli. Building picocli's model by
 * reflection is the largest part of a one-shot start; the command objects, their fields and their
 * code are the same either way.
 */
public final class FastPath {
    private FastPath() {}

    /** Runs the command line and returns its exit code, as {@code CommandLine.execute} does. */
    public static int execute(AppContext ctx, PrintWriter out, PrintWriter err, String... args) {
        Optional<FastParser.Parsed> parsed = FastParser.parse(args, ctx.env().stdinIsTerminal());
        if (parsed.isPresent()) {
            GlobalOptions globals = new GlobalOptions();
            BaseCommand command = bind(parsed.get(), ctx, globals);
            if (command != null) {
                return command.runParsed(out, err, globals);
            }
        }
        return CommandLineFactory.forArgs(ctx, out, err, args).execute(args);
    }

    /** Whether this command line would run without picocli (for the parity test). */
    static boolean takes(String[] args, boolean stdinIsTerminal) {
        return FastParser.parse(args, stdinIsTerminal).isPresent();
    }

    /**
     * The command with its fields set as picocli sets them: mixins made, defaults applied, values
     * given, the words as a list (or the one word). Null if a field is not where the table says (a
     * test catches that): then picocli runs it.
     */
    static BaseCommand bind(FastParser.Parsed parsed, AppContext ctx, GlobalOptions globals) {
        BaseCommand command = HotCommandFactory.create(parsed.command().name(), ctx);
        if (command == null) {
            return null;
        }
        try {
            for (HotCommands.Option o : parsed.command().options()) {
                Object value = parsed.options().get(o.field());
                if (value == null && o.defaultValue() != null) {
                    value = FastParser.convert(o, o.defaultValue());
                }
                set(command, o.field(), value);
            }
            String positional = parsed.command().positional();
            if (positional != null && !parsed.words().isEmpty()) {
                set(command, positional, parsed.command().maxWords() > 1 ? new ArrayList<>(parsed.words()) : parsed.words().get(0));
            }
            for (Map.Entry<String, Object> g : parsed.globals().entrySet()) {
                set(globals, g.getKey(), g.getValue());
            }
            return command;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Sets {@code field} (or {@code mixin.field}, making the mixin as picocli does) of target; a null value only makes the mixin. */
    private static void set(Object target, String path, Object value) throws ReflectiveOperationException {
        int dot = path.indexOf('.');
        if (dot > 0) {
            Field mixin = field(target.getClass(), path.substring(0, dot));
            Object instance = mixin.get(target);
            if (instance == null) {
                var constructor = mixin.getType().getDeclaredConstructor();
                constructor.setAccessible(true);
                instance = constructor.newInstance();
                mixin.set(target, instance);
            }
            set(instance, path.substring(dot + 1), value);
        } else if (value != null) {
            field(target.getClass(), path).set(target, value);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    /** The hot command lines the launcher's class-data-sharing training run goes through (output discarded). */
    private static final List<String[]> TRAINING = List.of(
            new String[] {"chapters"},
            new String[] {"show", "the-shim"},
            new String[] {"search", "volume"},
            new String[] {"explain", "docker", "container", "stop"},
            new String[] {"explain", "docker", "run", "-it", "-p", "8080:80", "ubuntu"},
            new String[] {"learn", "chapter2"},
            new String[] {"quiz", "chapter1", "--count", "5", "--seed", "1"});

    /**
     * The launcher's training run ({@code --cds-training}): runs the hot commands through the fast
     * path, so the archive made at exit holds the classes they load this way. A command that fails
     * here only means fewer classes archived.
     */
    public static void train(AppContext ctx) {
        for (String[] args : TRAINING) {
            PrintWriter sink = new PrintWriter(java.io.Writer.nullWriter());
            try {
                execute(ctx, sink, sink, args);
            } catch (RuntimeException e) {
                // fewer classes archived, nothing more
            }
        }
    }
}
