package dev.dockernotes.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.testing.Processes;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar: docker-java loads only when a lab talks to the engine; permission denied as a real user. */
class LabIT {
    static final Path JAR = Path.of(System.getProperty("dockernotes.jar", "target/dockernotes.jar")).toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path home;

    private Processes.Result java(List<String> prefix, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(JAVA);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DOCKERNOTES_HOME", home.resolve("state").toString());
        pb.environment().putAll(env);
        return Processes.run(pb, null, Processes.TIMEOUT);
    }

    private static boolean loadsDockerJava(String classLog) {
        return classLog.contains("com.github.dockerjava") || classLog.contains("dev.dockernotes.lab.docker")
                || classLog.contains("org.bouncycastle") || classLog.contains("com.sun.jna");
    }

    @Test
    void otherCommandsNeverLoadDockerJava() throws Exception {
        Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + home.resolve("none.sock"));
        for (String[] args : List.of(new String[] {"chapters"}, new String[] {"--help"}, new String[] {"lab", "status"},
                new String[] {"lab", "chapter3"})) {
            List<String> all = new ArrayList<>(List.of("-verbose:class", "-jar", JAR.toString()));
            all.addAll(List.of(args));
            Processes.Result r = java(List.of(), env, all.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(loadsDockerJava(r.out())).as(String.join(" ", args) + " loads docker-java").isFalse();
        }
        // And a check that reaches for the engine does load it (so the test above can see it).
        Processes.Result check = java(List.of(), env, "-verbose:class", "-jar", JAR.toString(), "lab", "ch3-containers", "check");
        assertThat(loadsDockerJava(check.out())).isTrue();
    }

    @Test
    void ctrlCMidCheckLeavesNoHelperContainer() throws Exception {
        String host = dev.dockernotes.lab.EngineSupport.requireEngine();
        Path engineSocket = Path.of(java.net.URI.create(host).getPath());
        Path socket = Path.of("/tmp", "dn-sigint-" + ProcessHandle.current().pid() + ".sock");
        Files.deleteIfExists(socket);
        dev.dockernotes.lab.EngineSupport.sh(host, "docker container rm -f dn-writer; docker volume rm dn-data; true");
        // The archive request (reading the volume through the helper) is never answered: the learner presses Ctrl-C.
        try (dev.dockernotes.cli.SilentEngines.Proxy proxy = dev.dockernotes.cli.SilentEngines.proxy(socket, engineSocket,
                line -> line.contains("/archive"))) {
            Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + socket);
            assertThat(java(List.of(), env, "-jar", JAR.toString(), "lab", "ch3-volumes").exitCode()).isZero();
            dev.dockernotes.lab.EngineSupport.sh(host, "docker volume create dn-data");
            assertThat(java(List.of(), env, "-jar", JAR.toString(), "lab", "check").exitCode()).isZero();
            dev.dockernotes.lab.EngineSupport.sh(host,
                    "docker container run --name dn-writer -v dn-data:/data busybox sh -c 'echo saved > /data/note.txt'");
            ProcessBuilder pb = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "lab", "check");
            pb.environment().put("DOCKERNOTES_HOME", home.resolve("state").toString());
            pb.environment().putAll(env);
            pb.redirectErrorStream(true).redirectOutput(home.resolve("sigint.txt").toFile());
            Process p = pb.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (proxy.frozen.isEmpty() && System.nanoTime() < until) {
                Thread.onSpinWait();
                Thread.sleep(20);
            }
            assertThat(proxy.frozen).as("the check reached the helper").isNotEmpty();
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped by Ctrl-C").isTrue();
            assertThat(dev.dockernotes.lab.EngineSupport.sh(host, "docker container ls -aq --filter label=dockernotes.lab")
                    .out().trim()).as("helper left behind").isEmpty();
        } finally {
            Files.deleteIfExists(socket);
            dev.dockernotes.lab.EngineSupport.sh(host, "docker container rm -f dn-writer; docker volume rm dn-data; true");
        }
    }

    @Test
    void permissionDeniedOnTheSocketSaysJoinTheDockerGroup() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "dnlab-perm");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path socket = dir.resolve("docker.sock");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString(root ? "rw-------" : "---------"));
                // The progress file can be saved (opening the lab): only the socket is out of reach.
                Files.createDirectories(dir.resolve("state"));
                Files.setPosixFilePermissions(dir.resolve("state"), PosixFilePermissions.fromString("rwxrwxrwx"));
                Path jar = dir.resolve("dockernotes.jar");
                Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
                Path lib = Files.createDirectories(dir.resolve("lib")); // the lab libraries, beside the jar
                try (var jars = Files.list(JAR.resolveSibling("lib"))) {
                    for (Path j : jars.toList()) {
                        Files.setPosixFilePermissions(Files.copy(j, lib.resolve(j.getFileName())), PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
                Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
                // As root, the socket is readable anyway: run as nobody, as a learner outside the docker group would.
                List<String> prefix = root && setpriv
                        ? List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
                Processes.Result r = java(prefix, Map.of("DOCKER_HOST", "unix://" + socket, "HOME", dir.toString(),
                        "DOCKERNOTES_HOME", dir.resolve("state").toString()), "-jar", jar.toString(), "lab", "ch3-containers", "check");
                if (root && !setpriv) {
                    System.err.println("SKIPPED permission test as a real user: no setpriv (root reads any socket)");
                    return;
                }
                assertThat(r.exitCode()).isEqualTo(1);
                assertThat(r.err()).isEqualTo("dockernotes: permission denied on " + socket + ": join the docker group"
                        + " (sudo usermod -aG docker $USER), then log in again\n");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
