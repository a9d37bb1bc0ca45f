package dev.dockernotes.docker;

import java.util.List;
import java.util.Optional;

/**
 * One simple command read with the docker model: its tokens and roles, the docker command it
 * names (if any), its options and positional arguments, and what did not fit.
 *
 * @param source     the command as written
 * @param program    the program it runs, after any sudo ("docker", "curl"); "" when empty
 * @param tokens     every word with its role
 * @param command    the docker command it runs, resolved through aliases
 * @param group      a management command given without a subcommand ("docker container")
 * @param typed      the command words as typed ("docker stop"), even when misspelt
 * @param suggestion the command the user probably meant, when a word was misspelt
 * @param options    flags given, in order (global options first)
 * @param arguments  positional arguments, in order
 * @param problems   user-facing sentences: unknown flags, unknown commands
 * @param operator   the shell operator after this command ("|", "&&", "||", ";", "&" or "")
 */
public record ParsedCommand(String source, String program, List<Token> tokens, Optional<DockerCli.Command> command,
                            Optional<DockerCli.Command> group, String typed, Optional<String> suggestion,
                            List<Option> options, List<Argument> arguments, List<String> problems, String operator) {

    /** A flag as given: long name when known ("--tty"), as written otherwise; value null for a switch. */
    public record Option(String name, String written, String value, boolean global, boolean known, boolean valuePlaceholder) {}

    /** A positional argument: its text, the usage slot it fills ("IMAGE"), its role ("image"). */
    public record Argument(String text, String slot, String role, boolean placeholder) {}

    /** A docker command line; also one of Compose v1's {@code docker-compose}, read as {@code docker compose}. */
    public boolean isDocker() {
        return program.equals("docker") || program.equals(CommandParser.LEGACY_COMPOSE) && (command.isPresent() || group.isPresent());
    }

    /** The canonical name of what it runs: "docker container stop", "docker container", or the program. */
    public String name() {
        return command.map(DockerCli.Command::name).or(() -> group.map(DockerCli.Command::name)).orElse(typed);
    }
}
