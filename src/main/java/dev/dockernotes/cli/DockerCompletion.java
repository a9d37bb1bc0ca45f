package dev.dockernotes.cli;

import dev.dockernotes.docker.DockerCli;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Completion of the docker command line after {@code explain docker}: the subcommands that can
 * follow the words typed so far and the flags of the command they name (plugins' too: {@code docker
 * compose -f}, {@code docker buildx build --platform}; not what a plugin hides), from the explain
 * package's docker model (the one {@code explain} reads). The shell calls {@link #candidates};
 * {@link #bashScript()} writes the same walk as bash, with the model's lists baked in.
 */
final class DockerCompletion {
    private DockerCompletion() {}

    /**
     * @param dockerWords the words after "docker" typed so far
     * @param current     the partial word at the cursor
     */
    static List<Completions.Suggestion> candidates(List<String> dockerWords, String current) {
        DockerCli cli = DockerCli.builtIn();
        String path = path(cli, dockerWords);
        List<Completions.Suggestion> out = new ArrayList<>();
        if (current.startsWith("-")) {
            List<DockerCli.Flag> flags = path.equals("docker") ? cli.globalFlags()
                    : cli.command(path).map(DockerCli.Command::flags).orElse(List.of());
            for (DockerCli.Flag f : flags) {
                if (f.hidden()) {
                    continue; // accepted, but not offered: the plugin's --help leaves it out too
                }
                out.add(new Completions.Suggestion(f.longName(), f.description(), "docker flags"));
                if (!f.shortName().isEmpty()) {
                    out.add(new Completions.Suggestion(f.shortName(), f.description(), "docker flags"));
                }
            }
            out.add(new Completions.Suggestion("--help", "Print usage", "docker flags"));
            return out;
        }
        if (!dockerWords.isEmpty() && takesValue(cli, path, dockerWords.get(dockerWords.size() - 1))) {
            return out; // the value of a flag: anything goes
        }
        for (String child : cli.visibleChildren(path)) {
            String description = cli.command(path + " " + child).map(DockerCli.Command::description).orElse("");
            out.add(new Completions.Suggestion(child, description, "docker commands"));
        }
        return out;
    }

    /** "docker" followed by the words that name commands, as far as they go. */
    private static String path(DockerCli cli, List<String> dockerWords) {
        String path = "docker";
        String previous = "";
        for (String word : dockerWords) {
            boolean value = takesValue(cli, path, previous); // docker compose -f compose.yaml up
            previous = word;
            if (word.startsWith("-") || value) {
                continue;
            }
            if (cli.children(path).contains(word)) {
                path = path + " " + word;
            } else {
                break;
            }
        }
        return path;
    }

    private static boolean takesValue(DockerCli cli, String path, String word) {
        if (!word.startsWith("-") || word.contains("=")) {
            return false;
        }
        var flag = path.equals("docker") ? cli.globalFlag(word) : cli.command(path).flatMap(c -> c.flag(word));
        return flag.map(DockerCli.Flag::takesValue).orElse(false);
    }

    /** Every word of every docker command name, for highlighting. */
    static Set<String> words() {
        Set<String> words = new TreeSet<>();
        for (String name : DockerCli.builtIn().names()) {
            for (String w : name.split(" ")) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Bash functions appended to picocli's script: after {@code explain docker} they complete
     * docker's command tree and flags (the walk of {@link #candidates}); elsewhere they hand over
     * to picocli's {@code _complete_dockernotes}.
     */
    static String bashScript() {
        DockerCli cli = DockerCli.builtIn();
        StringBuilder sb = new StringBuilder();
        sb.append("\n# After 'explain docker': docker's command tree and flags, from dockernotes' docker model.\n");
        sb.append("function _dockernotes_docker_words() {\n  case \"$1\" in\n");
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add("docker");
        for (String name : cli.names()) {
            prefixes.add(name);
        }
        for (String prefix : prefixes) {
            List<String> children = cli.visibleChildren(prefix);
            if (!children.isEmpty()) {
                sb.append("    \"").append(prefix).append("\") echo \"").append(String.join(" ", children)).append("\";;\n");
            }
        }
        sb.append("  esac\n}\n");
        sb.append("function _dockernotes_docker_flags() {\n  case \"$1\" in\n");
        sb.append("    \"docker\") echo \"").append(flagWords(cli.globalFlags())).append("\";;\n");
        for (String name : cli.names()) {
            cli.command(name).ifPresent(c ->
                    sb.append("    \"").append(name).append("\") echo \"").append(flagWords(c.flags())).append(" --help\";;\n"));
        }
        sb.append("  esac\n}\n");
        sb.append("""
                function _complete_dockernotes_with_docker() {
                  local i start=-1
                  for ((i = 1; i < COMP_CWORD; i++)); do
                    if [[ "${COMP_WORDS[i]}" == explain && "${COMP_WORDS[i+1]}" == docker ]]; then start=$((i + 1)); break; fi
                  done
                  if (( start < 0 || COMP_CWORD <= start )); then
                    if [[ "${COMP_WORDS[COMP_CWORD-1]}" == explain && "${COMP_WORDS[COMP_CWORD]}" != -* ]]; then
                      COMPREPLY=( $(compgen -W "docker" -- "${COMP_WORDS[COMP_CWORD]}") ); return 0
                    fi
                    _complete_dockernotes; return $?
                  fi
                  local cur=${COMP_WORDS[COMP_CWORD]} path=docker w
                  for ((i = start + 1; i < COMP_CWORD; i++)); do
                    w=${COMP_WORDS[i]}
                    [[ $w == -* ]] && continue
                    if [[ " $(_dockernotes_docker_words "$path") " == *" $w "* ]]; then path="$path $w"
                    elif [[ ${COMP_WORDS[i-1]} == -* && ${COMP_WORDS[i-1]} != *=* ]]; then continue  # a flag's value
                    else break; fi
                  done
                  if [[ $cur == -* ]]; then
                    COMPREPLY=( $(compgen -W "$(_dockernotes_docker_flags "$path")" -- "$cur") )
                  else
                    COMPREPLY=( $(compgen -W "$(_dockernotes_docker_words "$path")" -- "$cur") )
                  fi
                }
                complete -F _complete_dockernotes_with_docker -o default dockernotes dockernotes.sh dockernotes.bash
                """);
        return sb.toString();
    }

    private static String flagWords(List<DockerCli.Flag> flags) {
        List<String> words = new ArrayList<>();
        for (DockerCli.Flag f : flags) {
            if (f.hidden()) {
                continue;
            }
            words.add(f.longName());
            if (!f.shortName().isEmpty()) {
                words.add(f.shortName());
            }
        }
        return String.join(" ", words);
    }
}
