package dev.dockernotes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Engines that misbehave: accept and never answer (Unix socket, TCP), or stop answering one request. */
public final class SilentEngines {
    private SilentEngines() {}

    /** Accepts every connection on a Unix socket, reads, never writes. Close it to stop. */
    public static ServerSocketChannel silentUnix(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        List<SocketChannel> held = new CopyOnWriteArrayList<>();
        daemon(() -> {
            while (server.isOpen()) {
                try {
                    SocketChannel c = server.accept();
                    held.add(c); // kept open, never answered
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server;
    }

    /** Accepts every TCP connection on a free local port, never answers. */
    public static ServerSocket silentTcp() throws IOException {
        ServerSocket server = new ServerSocket(0);
        List<Socket> held = new CopyOnWriteArrayList<>();
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server;
    }

    /**
     * A Unix socket in front of a real engine that forwards everything, except that a request whose
     * first line matches {@code freeze} is never answered (as if the engine stopped mid-check).
     * {@link Proxy#frozen} counts those requests.
     */
    public static Proxy proxy(Path socket, Path engine, Predicate<String> freeze) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Proxy proxy = new Proxy(server);
        daemon(() -> {
            while (server.isOpen()) {
                try {
                    SocketChannel client = server.accept();
                    daemon(() -> forward(client, engine, freeze, proxy));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return proxy;
    }

    public static final class Proxy implements AutoCloseable {
        final ServerSocketChannel server;
        public final List<String> frozen = new CopyOnWriteArrayList<>();

        Proxy(ServerSocketChannel server) {
            this.server = server;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static void forward(SocketChannel client, Path engine, Predicate<String> freeze, Proxy proxy) {
        try (client; SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(engine))) {
            ByteBuffer first = ByteBuffer.allocate(65536);
            int n = client.read(first);
            if (n <= 0) {
                return;
            }
            String head = new String(first.array(), 0, first.position(), StandardCharsets.ISO_8859_1);
            String line = head.lines().findFirst().orElse("");
            if (freeze.test(line)) {
                proxy.frozen.add(line);
                while (client.read(ByteBuffer.allocate(4096)) >= 0) {
                    // never answer
                }
                return;
            }
            first.flip();
            upstream.write(first);
            InputStream fromEngine = Channels.newInputStream(upstream);
            OutputStream toClient = Channels.newOutputStream(client);
            daemon(() -> {
                try {
                    ByteBuffer b = ByteBuffer.allocate(65536);
                    while (client.read(b) >= 0) {
                        b.flip();
                        upstream.write(b);
                        b.clear();
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            fromEngine.transferTo(toClient);
        } catch (IOException e) {
            // closed
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "silent-engine");
        t.setDaemon(true);
        t.start();
    }
}
