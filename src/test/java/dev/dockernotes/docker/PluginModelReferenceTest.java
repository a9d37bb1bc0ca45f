package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plugin part of the model against the Compose and Buildx reference files, both ways: every
 * command, alias and flag of the reference is in the model, marked as its plugin's, and the model
 * has nothing the reference lacks.
 */
class PluginModelReferenceTest {
    private static final DockerCli MODEL = DockerCli.builtIn();
    private static final List<PluginReference.Command> REFERENCE = PluginReference.all();

    private static String key(DockerCli.Flag f) {
        return f.shortName() + " " + f.longName() + " " + f.type();
    }

    @Test
    void theReferenceHasBothPluginsInFull() {
        assertThat(REFERENCE.stream().filter(c -> c.plugin().equals("compose")).count()).isEqualTo(48);
        assertThat(REFERENCE.stream().filter(c -> c.plugin().equals("buildx")).count()).isEqualTo(34);
    }

    @Test
    void everyReferenceCommandAliasAndFlagIsInTheModelAsItsPlugins() {
        List<String> wrong = new ArrayList<>();
        for (PluginReference.Command ref : REFERENCE) {
            var found = MODEL.all().stream().filter(c -> c.name().equals(ref.name())).findFirst();
            if (found.isEmpty()) {
                wrong.add(ref.file() + ": " + ref.name() + " is not in the model");
                continue;
            }
            DockerCli.Command c = found.get();
            if (!c.plugin().map(DockerCli.Plugin::id).orElse("").equals(ref.plugin())) {
                wrong.add(ref.name() + ": not marked as the " + ref.plugin() + " plugin's");
            }
            if (!new LinkedHashSet<>(c.aliases()).equals(ref.aliases())) {
                wrong.add(ref.name() + ": aliases " + c.aliases() + ", the reference " + ref.aliases());
            }
            if (!c.isGroup() && ref.group() && MODEL.children(c.name()).isEmpty()) {
                wrong.add(ref.name() + ": has subcommands in the reference, none in the model");
            }
            Set<String> flags = c.flags().stream().map(PluginModelReferenceTest::key).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!flags.equals(ref.flags())) {
                Set<String> missing = new LinkedHashSet<>(ref.flags());
                missing.removeAll(flags);
                Set<String> extra = new LinkedHashSet<>(flags);
                extra.removeAll(ref.flags());
                wrong.add(ref.name() + ": flags missing " + missing + ", not in the reference " + extra);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theModelHasNoPluginCommandTheReferenceLacks() {
        Map<String, PluginReference.Command> byName = REFERENCE.stream()
                .collect(Collectors.toMap(PluginReference.Command::name, Function.identity()));
        List<String> invented = new ArrayList<>();
        for (DockerCli.Command c : MODEL.all()) {
            if (c.plugin().isPresent() && !byName.containsKey(c.name())) {
                invented.add(c.name());
            }
            if (c.plugin().isEmpty() && (c.name().startsWith("docker compose") || c.name().startsWith("docker buildx"))) {
                invented.add(c.name() + " (not marked as a plugin's)");
            }
        }
        assertThat(invented).isEmpty();
        assertThat(MODEL.plugins()).extracting(DockerCli.Plugin::id).containsExactly("compose", "buildx");
    }

    @Test
    void docker_sOwnCommandsKeepTheirNamesWhereAPluginAliasesThem() {
        // buildx build lists docker build as an alias; the installed docker's own build stays docker build
        assertThat(MODEL.command("docker build").orElseThrow().name()).isEqualTo("docker image build");
        assertThat(MODEL.command("docker build").orElseThrow().plugin()).isEmpty();
        DockerCli.Command buildx = MODEL.command("docker buildx b").orElseThrow();
        assertThat(buildx.name()).isEqualTo("docker buildx build");
        assertThat(buildx.sameAs(MODEL.command("docker build").orElseThrow())).isTrue();
        assertThat(buildx.sameAs(MODEL.command("docker buildx bake").orElseThrow())).isFalse();
    }

    @Test
    void hiddenCommandsAndFlagsAreKnownButNotOffered() {
        DockerCli.Command compose = MODEL.command("docker compose").orElseThrow();
        assertThat(compose.flag("--insecure-registry").orElseThrow().hidden()).isTrue();
        assertThat(MODEL.command("docker compose alpha").orElseThrow().hidden()).isTrue();
        assertThat(MODEL.children("docker compose")).contains("alpha", "up");
        assertThat(MODEL.visibleChildren("docker compose")).contains("up").doesNotContain("alpha");
        assertThat(MODEL.completeFlags(List.of("docker", "compose"))).contains("--profile", "-f").doesNotContain("--insecure-registry");
    }
}
