package dev.dockernotes.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * A value made on a daemon thread while the caller does other work (the shell's command model, a
 * lesson's terminal), and waited for where it is needed.
 */
public final class Background<T> {
    private final CompletableFuture<T> value;

    private Background(CompletableFuture<T> value) {
        this.value = value;
    }

    /** Starts making the value on a daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<T> make) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(make.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(future);
    }

    /** A value already made. */
    public static <T> Background<T> done(T value) {
        return new Background<>(CompletableFuture.completedFuture(value));
    }

    /**
     * The value, once made; what making it threw is thrown here, on the caller's thread. An interrupt
     * (Ctrl-C) while waiting does not stop the wait, the value being a moment away; it is kept for
     * the caller to see.
     */
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return value.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
