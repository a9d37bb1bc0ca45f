package dev.dockernotes.docker;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Names command lines with the docker model, so aliases group together: "docker stop web",
 * "docker container stop web" and "sudo docker stop web" are all "docker container stop". Other
 * programs are named by their words ({@link CommandNamer#SIMPLE}); Compose v1's {@code docker-compose up}
 * is {@code docker compose up}. The model loads on first use.
 */
public final class DockerCommandNamer implements CommandNamer {
    /** The names of the built-in model, which the prebuilt graph of the built-in notes holds. */
    static final String BUILT_IN_ID = "docker-model:built-in";

    private final Supplier<DockerCli> model;
    private final String storedId;
    private DockerCli cli;

    /** Uses the built-in model, loaded the first time a line is named. */
    public DockerCommandNamer() {
        this(DockerCli::builtIn, BUILT_IN_ID);
    }

    public DockerCommandNamer(Supplier<DockerCli> model) {
        this(model, null);
    }

    private DockerCommandNamer(Supplier<DockerCli> model, String storedId) {
        this.model = model;
        this.storedId = storedId;
    }

    @Override
    public String storedId() {
        return storedId;
    }

    @Override
    public Optional<String> name(String commandLine) {
        String line = commandLine.trim();
        if (!line.startsWith("docker ") && !line.startsWith("sudo docker ") && !line.equals("docker")
                && !line.startsWith(CommandParser.LEGACY_COMPOSE + " ") && !line.startsWith("sudo " + CommandParser.LEGACY_COMPOSE + " ")) {
            return SIMPLE.name(line);
        }
        ParsedCommand parsed = CommandParser.parse(cli(), line);
        if (parsed.suggestion().isPresent()) {
            return Optional.of(parsed.typed()); // a typo in the notes: keep it as written
        }
        return Optional.of(parsed.name());
    }

    private synchronized DockerCli cli() {
        if (cli == null) {
            cli = model.get();
        }
        return cli;
    }
}
