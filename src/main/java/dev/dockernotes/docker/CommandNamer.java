package dev.dockernotes.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names the command a command line runs, so uses of one command group together ("docker stop web"
 * and "docker container stop web" are both "docker container stop"). The docker command model
 * supplies the real one; {@link #SIMPLE} only looks at the words.
 */
@FunctionalInterface
public interface CommandNamer {

    /** The command's canonical name, or empty when the line is not a command this namer knows. */
    Optional<String> name(String commandLine);

    /**
     * An id of the names this namer gives, the same in every run of one build (the built-in docker
     * model's), so that a graph made by the build may hold them and no run names its commands again;
     * null (the default) when the names may differ between runs.
     */
    default String storedId() {
        return null;
    }

    /** The program and up to two plain words after it: "openssl genrsa", "docker image ls". */
    CommandNamer SIMPLE = line -> {
        String[] words = line.trim().split("\\s+");
        int i = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
        if (words.length == 0 || words[i].isEmpty()) {
            return Optional.empty();
        }
        List<String> name = new ArrayList<>(List.of(words[i]));
        for (int j = i + 1; j < words.length && name.size() < 3 && words[j].matches("[a-z][a-z-]*"); j++) {
            name.add(words[j]);
        }
        return Optional.of(String.join(" ", name));
    };
}
