package dev.dockernotes.docker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of programs besides docker's own commands that dockernotes knows: which command lines
 * of the notes count as commands they teach, which programs take a subcommand as their first word,
 * which words run the next word as a command ({@code sudo}), and a one-line meaning for those the
 * notes use. The notes graph, explain and the code highlighter all read it from here; docker's
 * management commands come from the model ({@link DockerCli#managementCommands()}), not from a list.
 */
public final class Programs {
    private Programs() {}

    /**
     * @param taught      its command lines in the notes count as commands the notes teach
     * @param subcommands its first word after the program name is a subcommand ({@code systemctl status})
     * @param prefix      it runs the next word as a command ({@code sudo docker ps})
     * @param meaning     what it is, in a line; "" when explain has nothing to say of its own
     */
    public record Program(String name, boolean taught, boolean subcommands, boolean prefix, String meaning) {}

    private static final Map<String, Program> PROGRAMS = table(List.of(
            program("docker", true, true, ""),
            program("dockerd", true, false, "the Docker daemon: the background service that runs containers"),
            program("docker-compose", true, true, ""),
            program("podman", true, true, ""),
            program("nerdctl", false, true, ""),
            program("kubectl", true, true, ""),
            program("containerd", true, false, "the container supervisor the Docker daemon hands containers to"),
            program("ctr", true, true, ""),
            program("runc", true, true, "the low-level OCI runtime that creates containers"),
            program("curl", true, false, "transfers data to or from a URL; here, talks HTTP to the Docker API"),
            program("wget", true, false, ""),
            program("openssl", true, true, "the OpenSSL toolkit: keys, certificates and TLS"),
            program("systemctl", true, true, "controls systemd services, such as the Docker daemon"),
            program("service", true, false, "starts, stops or shows the status of a system service"),
            program("journalctl", true, true, "shows systemd's logs, e.g. the Docker daemon's"),
            program("apt", true, true, ""),
            program("apt-get", true, true, ""),
            program("yum", true, true, ""),
            program("dnf", true, true, ""),
            program("snap", false, true, ""),
            program("git", true, true, ""),
            program("ssh", true, false, ""),
            program("scp", true, false, ""),
            program("ls", true, false, ""),
            program("cat", true, false, ""),
            program("echo", true, false, ""),
            program("mkdir", true, false, ""),
            program("chmod", true, false, ""),
            program("chown", true, false, ""),
            program("tar", true, false, ""),
            program("grep", true, false, ""),
            program("export", true, false, ""),
            program("nsenter", true, false, ""),
            program("ip", true, false, ""),
            program("iptables", true, false, ""),
            program("mount", true, false, ""),
            program("usermod", true, false, ""),
            program("newgrp", true, false, ""),
            new Program("sudo", false, false, true, "runs a command as root"),
            new Program("time", false, false, true, ""),
            new Program("exec", false, false, true, ""),
            new Program("nohup", false, false, true, ""),
            new Program("env", false, false, true, ""),
            new Program("xargs", false, false, true, "")));

    private static Program program(String name, boolean taught, boolean subcommands, String meaning) {
        return new Program(name, taught, subcommands, false, meaning);
    }

    private static Map<String, Program> table(List<Program> programs) {
        Map<String, Program> byName = new LinkedHashMap<>();
        for (Program p : programs) {
            byName.put(p.name(), p);
        }
        return Map.copyOf(byName);
    }

    public static Optional<Program> named(String name) {
        return Optional.ofNullable(PROGRAMS.get(name));
    }

    /** Whether a command line running this program is one the notes teach ("docker", "openssl", "ls"). */
    public static boolean taught(String program) {
        Program p = PROGRAMS.get(program);
        return p != null && p.taught();
    }

    /** Whether the program's first word is a subcommand ("systemctl status", "git clone"). */
    public static boolean hasSubcommands(String program) {
        Program p = PROGRAMS.get(program);
        return p != null && p.subcommands();
    }

    /** Whether the word runs the next word as a command ("sudo", "time", "xargs"). */
    public static boolean runsNext(String word) {
        Program p = PROGRAMS.get(word);
        return p != null && p.prefix();
    }

    /** A line on what the program is; "" when none is known. */
    public static String meaning(String program) {
        Program p = PROGRAMS.get(program);
        return p == null ? "" : p.meaning();
    }
}
