package dev.dockernotes.explain;

import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.docker.CommandParser;
import dev.dockernotes.docker.InstalledPlugins;
import dev.dockernotes.explain.Explanation.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lines explain adds about plugins: a command of the Compose or Buildx plugin that the installed
 * docker lacks ("this docker does not have it installed"), and Compose v1's {@code docker-compose}
 * pointing to {@code docker compose}. Nothing when docker is not installed at all.
 */
public final class PluginNotes {
    private PluginNotes() {}

    /**
     * @param installed the installed docker's plugins; empty when there is no docker
     */
    public static List<String> of(Explanation e, DockerCli cli, Optional<InstalledPlugins> installed) {
        Set<String> lines = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        if (e.commands().isEmpty() && e.canonical() != null) {
            names.add(e.canonical());
        }
        for (Part p : e.commands()) {
            names.add(p.canonical());
            if (!p.tokens().isEmpty() && p.tokens().get(0).token().text().equals(CommandParser.LEGACY_COMPOSE)
                    && p.canonical().startsWith("docker compose")) {
                String v2 = "docker compose" + p.source().substring(Math.min(p.source().length(),
                        p.source().indexOf(CommandParser.LEGACY_COMPOSE) + CommandParser.LEGACY_COMPOSE.length()));
                lines.add("`docker-compose` is Compose v1, which Docker retired in 2023; Compose v2 is the docker CLI plugin: `"
                        + CommandParser.shown(v2.trim()) + "`");
            }
        }
        for (String name : names) {
            if (name == null) {
                continue;
            }
            Optional<DockerCli.Plugin> plugin = cli.command(name).flatMap(DockerCli.Command::plugin);
            if (plugin.isPresent() && installed.isPresent() && !installed.get().has(plugin.get())) {
                lines.add("`" + plugin.get().command() + "` is the " + plugin.get().title()
                        + " plugin, which the docker on this machine does not have installed");
            }
        }
        return List.copyOf(lines);
    }
}
