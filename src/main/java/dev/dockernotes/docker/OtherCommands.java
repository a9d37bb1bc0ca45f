package dev.dockernotes.docker;

import dev.dockernotes.docker.ParsedCommand.Argument;
import dev.dockernotes.docker.ParsedCommand.Option;
import dev.dockernotes.docker.Token.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads command lines of the few programs besides docker that Docker notes use (curl on the socket,
 * openssl for TLS certificates, systemctl and service for the daemon, dockerd): their subcommands'
 * and flags' meanings, and which flags take a value ({@link Programs} says which programs take a
 * subcommand). Anything else is read generically.
 */
final class OtherCommands {
    private OtherCommands() {}

    private static final Map<String, String> SUBCOMMANDS = Map.ofEntries(
            Map.entry("openssl genrsa", "generates an RSA private key"),
            Map.entry("openssl req", "creates a certificate signing request, or with -x509 a self-signed certificate"),
            Map.entry("openssl x509", "signs or displays certificates"),
            Map.entry("systemctl edit", "opens an override file for a unit in an editor"),
            Map.entry("systemctl status", "shows whether a service is running"),
            Map.entry("systemctl is-active", "prints whether a service is active (running); exit code 0 when it is"),
            Map.entry("systemctl start", "starts a service"),
            Map.entry("systemctl stop", "stops a service"),
            Map.entry("systemctl restart", "stops and starts a service"),
            Map.entry("systemctl enable", "starts a service at boot"),
            Map.entry("systemctl daemon-reload", "reloads systemd's unit files after a change"));

    /** Flags: "program flag" or "program subcommand flag" -> whether it takes a value, meaning. */
    private record Flag(boolean takesValue, String meaning) {}

    private static final Map<String, Flag> FLAGS = Map.ofEntries(
            Map.entry("curl --unix-socket", new Flag(true, "connects through this Unix socket instead of a TCP port")),
            Map.entry("curl -X", new Flag(true, "the HTTP method to use")),
            Map.entry("curl -H", new Flag(true, "an extra HTTP header")),
            Map.entry("curl -s", new Flag(false, "silent: no progress bar")),
            Map.entry("curl -v", new Flag(false, "verbose: shows the request and response headers")),
            Map.entry("curl --cert", new Flag(true, "the client certificate for TLS")),
            Map.entry("curl --key", new Flag(true, "the client's private key for TLS")),
            Map.entry("curl --cacert", new Flag(true, "the CA certificate to verify the server with")),
            Map.entry("openssl genrsa -aes256", new Flag(false, "encrypts the private key with AES-256 (asks for a passphrase)")),
            Map.entry("openssl genrsa -out", new Flag(true, "writes the key to this file")),
            Map.entry("openssl req -new", new Flag(false, "makes a new request")),
            Map.entry("openssl req -x509", new Flag(false, "outputs a self-signed certificate instead of a request")),
            Map.entry("openssl req -days", new Flag(true, "how many days the certificate is valid")),
            Map.entry("openssl req -key", new Flag(true, "the private key to sign with")),
            Map.entry("openssl req -sha256", new Flag(false, "signs with the SHA-256 digest")),
            Map.entry("openssl req -out", new Flag(true, "writes the certificate to this file")),
            Map.entry("openssl req -subj", new Flag(true, "the certificate's subject, e.g. /CN=host")),
            Map.entry("openssl x509 -req", new Flag(false, "the input is a certificate request")),
            Map.entry("openssl x509 -in", new Flag(true, "the request to sign")),
            Map.entry("openssl x509 -CA", new Flag(true, "the CA certificate to sign with")),
            Map.entry("openssl x509 -CAkey", new Flag(true, "the CA's private key")),
            Map.entry("openssl x509 -out", new Flag(true, "writes the certificate to this file")),
            Map.entry("openssl x509 -days", new Flag(true, "how many days the certificate is valid")),
            Map.entry("dockerd -H", new Flag(true, "the socket the daemon listens on, e.g. tcp://node3:2376")),
            Map.entry("dockerd --tlsverify", new Flag(false, "requires clients to present a certificate signed by the CA")),
            Map.entry("dockerd --tlscacert", new Flag(true, "the CA certificate")),
            Map.entry("dockerd --tlscert", new Flag(true, "the daemon's certificate")),
            Map.entry("dockerd --tlskey", new Flag(true, "the daemon's private key")));

    static ParsedCommand parse(CommandParser p, String program) {
        p.add(Token.of(program, Kind.COMMAND, "program", Programs.meaning(program)));
        p.advance();
        String typed = program;
        String scope = program;
        if (Programs.hasSubcommands(program) && p.position() < p.size() && p.wordAt(p.position()).matches("[a-z][a-z0-9-]*")) {
            String sub = p.wordAt(p.position());
            typed = program + " " + sub;
            scope = typed;
            p.add(Token.of(sub, Kind.SUBCOMMAND, "command", SUBCOMMANDS.getOrDefault(typed, "")));
            p.advance();
        }
        boolean serviceName = program.equals("service");
        while (p.position() < p.size()) {
            int k = p.position();
            String w = p.wordAt(k);
            p.advance();
            if (w.startsWith("-") && w.length() > 1 && !p.placeholder(k)) {
                String name = w.contains("=") && w.startsWith("--") ? w.substring(0, w.indexOf('=')) : w;
                Flag f = FLAGS.get(scope + " " + name);
                if (f == null) {
                    f = FLAGS.get(program + " " + name);
                }
                p.add(Token.of(name, Kind.FLAG, "flag", f == null ? "" : f.meaning()));
                String value = null;
                if (!name.equals(w)) {
                    value = w.substring(name.length() + 1);
                    p.add(new Token(value, Kind.VALUE, "value", List.of(), name, ""));
                } else if (f != null && f.takesValue() && p.position() < p.size()) {
                    value = p.wordAt(p.position());
                    p.add(new Token(value, Kind.VALUE, "value", List.of(), name, ""));
                    p.advance();
                }
                p.addOption(new Option(name, name, value, false, f != null, false));
                continue;
            }
            String role = "argument";
            String meaning = "";
            if (serviceName) {
                role = "service";
                meaning = "the service " + w;
                serviceName = false;
                p.add(Token.of(w, Kind.ARGUMENT, role, meaning));
                if (p.position() < p.size()) {
                    String action = p.wordAt(p.position());
                    p.add(Token.of(action, Kind.SUBCOMMAND, "command", "what to do with the service: " + action));
                    typed = "service " + w + " " + action;
                    p.advance();
                }
                continue;
            }
            if (w.startsWith("http://") || w.startsWith("https://")) {
                role = "url";
                meaning = w.contains("localhost/") ? "the Docker Engine API endpoint " + w.substring(w.indexOf("localhost/") + 9) : "the URL";
            }
            p.add(Token.of(w, Kind.ARGUMENT, role, meaning));
            p.addArgument(new Argument(w, "", role, p.placeholder(k)));
        }
        return p.result(program, Optional.empty(), Optional.empty(), typed, Optional.empty());
    }
}
