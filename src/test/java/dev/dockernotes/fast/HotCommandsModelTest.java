package dev.dockernotes.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.cli.CommandLineFactory;
import dev.dockernotes.app.Environment;
import dev.dockernotes.cli.GlobalOptions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The fast path's table says what the commands' picocli annotations say: the same options (names,
 * fields, types, defaults) and positional parameters, both ways. An option added to a hot command
 * without its entry here fails this test, so the two cannot drift apart.
 */
class HotCommandsModelTest {
    private final AppContext ctx = new AppContext(new Environment(Map.of(), InputStream.nullInputStream(), false, false));
    private final CommandLine root = CommandLineFactory.create(ctx, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));

    /** "field kind names default" for each option: what both sides must agree on. */
    private static Map<String, String> describe(List<HotCommands.Option> options) {
        return describe(options, "");
    }

    private static Map<String, String> describe(List<HotCommands.Option> options, String prefix) {
        Map<String, String> m = new TreeMap<>();
        for (HotCommands.Option o : options) {
            m.put(prefix + o.field(), o.kind() + " " + o.names() + " " + o.defaultValue());
        }
        return m;
    }

    private static Map<String, String> describe(CommandSpec spec, boolean inherited) {
        Map<String, String> m = new TreeMap<>();
        Map<OptionSpec, String> mixinOf = new java.util.HashMap<>();
        spec.mixins().forEach((name, mixin) -> mixin.options().forEach(o -> mixinOf.put(o, name + ".")));
        for (OptionSpec o : spec.options()) {
            if (HotCommands.LEFT_TO_PICOCLI.containsAll(List.of(o.names())) || o.inherited() != inherited) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(o.names()));
            names.sort(java.util.Comparator.comparing(String::length)); // -n before --limit, as the table has them
            String field = mixinOf.getOrDefault(o, "") + name(o);
            m.put(field, kind(o) + " " + names + " " + o.defaultValue());
        }
        return m;
    }

    private static String name(ArgSpec arg) {
        Object member = arg.userObject();
        return member instanceof java.lang.reflect.Field f ? f.getName() : ((IAnnotatedElement) member).getName();
    }

    private static HotCommands.Kind kind(OptionSpec o) {
        Class<?> type = o.type();
        if (type == boolean.class) {
            return HotCommands.Kind.FLAG;
        } else if (type == String.class) {
            return HotCommands.Kind.STRING;
        } else if (type == int.class) {
            return HotCommands.Kind.INT;
        } else if (type == Long.class || type == long.class) {
            return HotCommands.Kind.LONG;
        } else if (type == Path.class) {
            return HotCommands.Kind.PATH;
        } else if (type == GlobalOptions.ColorWhen.class) {
            return HotCommands.Kind.COLOR;
        }
        throw new AssertionError("an option type the fast path cannot read: " + type + " of " + o.longestName());
    }

    @Test
    void everyHotCommandHasTheOptionsItsAnnotationsDeclare() {
        assertThat(HotCommands.COMMANDS.keySet()).containsExactlyInAnyOrder("chapters", "show", "search", "explain", "learn", "quiz", "shell");
        for (HotCommands.Command command : HotCommands.COMMANDS.values()) {
            CommandLine sub = root.getSubcommands().get(command.name());
            CommandSpec spec = sub.getCommandSpec();
            assertThat(CommandLineFactory.hotCommand(command.name(), ctx)).as(command.name()).isExactlyInstanceOf(spec.userObject().getClass());
            assertThat(describe(command.options())).as(command.name()).isEqualTo(describe(spec, false));
            assertThat(command.stopAtPositional()).as(command.name()).isEqualTo(sub.isStopAtPositional());

            List<PositionalParamSpec> positionals = spec.positionalParameters();
            if (command.positional() == null) {
                assertThat(positionals).as(command.name()).isEmpty();
            } else {
                assertThat(positionals).as(command.name()).hasSize(1);
                PositionalParamSpec p = positionals.get(0);
                assertThat(name(p)).isEqualTo(command.positional());
                assertThat(p.arity().min()).as(command.name()).isEqualTo(command.minWords());
                assertThat(p.arity().max()).as(command.name()).isEqualTo(command.maxWords());
                assertThat(p.type()).isEqualTo(command.maxWords() > 1 ? List.class : String.class);
            }
        }
    }

    @Test
    void theGlobalOptionsAreTheRootCommandsAndEveryHotCommandInheritsThem() {
        // on the root command they are the fields of its mixin "globals"
        assertThat(describe(HotCommands.GLOBAL, "globals.")).isEqualTo(describe(root.getCommandSpec(), false));
        for (String name : HotCommands.COMMANDS.keySet()) {
            assertThat(describe(root.getSubcommands().get(name).getCommandSpec(), true)).as(name).isEqualTo(describe(HotCommands.GLOBAL));
        }
    }

    @Test
    void helpAndVersionAreTheOnlyOtherOptions() {
        for (String name : HotCommands.COMMANDS.keySet()) {
            List<String> others = root.getSubcommands().get(name).getCommandSpec().options().stream()
                    .flatMap(o -> List.of(o.names()).stream())
                    .filter(n -> HotCommands.LEFT_TO_PICOCLI.contains(n)).sorted().toList();
            assertThat(others).as(name).containsExactly("--help", "--version", "-V", "-h");
        }
    }
}
