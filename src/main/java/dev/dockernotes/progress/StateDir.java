package dev.dockernotes.progress;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where dockernotes keeps its state: {@code $DOCKERNOTES_HOME}, else
 * {@code $XDG_STATE_HOME/dockernotes}, else {@code $HOME/.local/state/dockernotes}
 * (the JVM's user.home when HOME is unset). Empty variables count as unset, and a relative
 * XDG_STATE_HOME is ignored, as the XDG base directory specification asks.
 */
public final class StateDir {
    private StateDir() {}

    public static Path resolve(Map<String, String> env) {
        String home = value(env, "DOCKERNOTES_HOME");
        if (home != null) {
            return Path.of(home);
        }
        String xdg = value(env, "XDG_STATE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dockernotes");
        }
        String userHome = value(env, "HOME");
        if (userHome == null) {
            userHome = System.getProperty("user.home");
        }
        return Path.of(userHome, ".local", "state", "dockernotes");
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
