package dev.dockernotes.lab.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import dev.dockernotes.lab.Endpoint;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * docker-java's transport, one HTTP/1.1 request per connection, with a deadline that holds on every
 * transport: Unix socket, TCP and TCP with TLS. The zerodep transport ignores its response timeout on a
 * Unix socket, so a daemon that accepts and never answers blocked a read forever. Here a watchdog closes
 * the connection when the deadline passes (or when the calling thread is interrupted, as Ctrl-C in the
 * shell does), which ends any blocked connect, write or read; TCP sockets also get SO_TIMEOUT.
 */
final class DeadlineHttpClient implements DockerHttpClient {
    private final Endpoint endpoint;
    private final SSLContext ssl;
    private final ScheduledExecutorService watchdog;
    private volatile Duration timeout;

    DeadlineHttpClient(Endpoint endpoint, SSLContext ssl, Duration timeout) {
        this.endpoint = endpoint;
        this.ssl = ssl;
        this.timeout = timeout;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dockernotes-engine-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    Duration timeout() {
        return timeout;
    }

    /** Shortens (or restores) the deadline of the calls that follow, e.g. for clean-up after a timeout. */
    void timeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** The engine did not answer within the deadline. */
    static final class DeadlineException extends RuntimeException {
        final Duration timeout;

        DeadlineException(Duration timeout, Throwable cause) {
            super("no answer within " + timeout.toMillis() + " ms", cause);
            this.timeout = timeout;
        }
    }

    /** The calling thread was interrupted (Ctrl-C in the shell) while it waited for the engine. */
    static final class StoppedException extends RuntimeException {
        StoppedException(Throwable cause) {
            super(new InterruptedIOException("stopped while waiting for the Docker Engine").initCause(cause));
        }
    }

    @Override
    public Response execute(Request request) {
        Call call = new Call(timeout, Thread.currentThread());
        try {
            call.open();
            byte[] body = request.body() == null ? new byte[0] : request.body().readAllBytes();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(endpoint.isUnix() ? "localhost" : endpoint.host().getHost() + ":" + endpoint.host().getPort())
                    .append("\r\n");
            head.append("User-Agent: dockernotes\r\nConnection: close\r\n");
            for (Map.Entry<String, String> h : request.headers().entrySet()) {
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            if (body.length > 0 || !request.method().equals("GET") && !request.method().equals("HEAD")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = call.out;
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = call.in;
            String status = line(in);
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer: " + status);
            }
            int code = Integer.parseInt(parts[1]);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>()).add(h.substring(colon + 1).trim());
                }
            }
            InputStream content;
            String length = first(headers, "Content-Length");
            if ("chunked".equalsIgnoreCase(first(headers, "Transfer-Encoding"))) {
                content = new Chunked(in);
            } else if (length != null) {
                content = new Bounded(in, Long.parseLong(length.trim()));
            } else if (code == 204 || code == 304 || request.method().equals("HEAD")) {
                content = InputStream.nullInputStream();
            } else {
                content = in; // until the engine closes the connection
            }
            return new Answer(code, headers, new Guarded(content, call), call);
        } catch (IOException | RuntimeException e) {
            call.close();
            throw call.failure(e);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (b.size() > 16384) {
                throw new IOException("header line too long");
            }
            b.write(c);
        }
        if (c == -1 && b.size() == 0) {
            throw new IOException("the engine closed the connection without an answer");
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** One connection with its deadline. */
    private final class Call implements Closeable {
        final Duration limit;
        final Thread owner;
        final long deadline;
        volatile boolean timedOut;
        volatile boolean interrupted;
        volatile Closeable connection;
        ScheduledFuture<?> watch;
        InputStream in;
        OutputStream out;

        Call(Duration limit, Thread owner) {
            this.limit = limit;
            this.owner = owner;
            this.deadline = System.nanoTime() + limit.toNanos();
        }

        void open() throws IOException {
            watch = watchdog.scheduleWithFixedDelay(this::watch, 20, 20, TimeUnit.MILLISECONDS);
            if (endpoint.isUnix()) {
                SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                connection = ch;
                ch.connect(UnixDomainSocketAddress.of(endpoint.socket()));
                in = new BufferedInputStream(Channels.newInputStream(ch));
                out = Channels.newOutputStream(ch);
                return;
            }
            Socket socket = new Socket();
            connection = socket;
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, limit.toMillis()));
            socket.setSoTimeout(millis);
            socket.connect(new InetSocketAddress(endpoint.host().getHost(), endpoint.host().getPort()), millis);
            if (ssl != null) {
                SSLSocket tls = (SSLSocket) ssl.getSocketFactory().createSocket(socket, endpoint.host().getHost(),
                        endpoint.host().getPort(), true);
                SSLParameters params = tls.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(params);
                connection = tls;
                tls.setSoTimeout(millis);
                tls.startHandshake();
                socket = tls;
            }
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        private void watch() {
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                close();
            } else if (owner.isInterrupted()) {
                interrupted = true;
                close();
            }
        }

        RuntimeException failure(Exception e) {
            if (timedOut || e instanceof java.net.SocketTimeoutException) {
                return new DeadlineException(limit, e);
            }
            if (interrupted || e instanceof java.nio.channels.ClosedByInterruptException || owner.isInterrupted()) {
                return new StoppedException(e);
            }
            return e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }

        @Override
        public void close() {
            if (watch != null) {
                watch.cancel(false);
            }
            Closeable c = connection;
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    // closing is all that is left to do
                }
            }
        }
    }

    private record Answer(int code, Map<String, List<String>> headers, InputStream body, Call call) implements Response {
        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            call.close();
        }
    }

    /** The body: a failure while reading it says timeout or stopped, like the rest of the call. */
    private static final class Guarded extends FilterInputStream {
        private final Call call;

        Guarded(InputStream in, Call call) {
            super(in);
            this.call = call;
        }

        private IOException translate(IOException e) {
            RuntimeException f = call.failure(e);
            if (f instanceof DeadlineException || f instanceof StoppedException) {
                throw f;
            }
            return e;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public void close() {
            call.close();
        }
    }

    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = super.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** Transfer-Encoding: chunked. */
    private static final class Chunked extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        private boolean next() throws IOException {
            if (done) {
                return false;
            }
            if (left == 0) {
                String size = line(in).trim();
                int semi = size.indexOf(';');
                left = Long.parseLong(semi >= 0 ? size.substring(0, semi) : size, 16);
                if (left == 0) {
                    done = true;
                    return false;
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!next()) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("the engine closed the connection in the middle of an answer");
            }
            left -= n;
            if (left == 0) {
                line(in); // the CRLF after the chunk
            }
            return n;
        }
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
