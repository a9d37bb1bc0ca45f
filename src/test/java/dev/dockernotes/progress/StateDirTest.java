package dev.dockernotes.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDirTest {

    @Test
    void dockernotesHomeWins() {
        assertThat(StateDir.resolve(Map.of("DOCKERNOTES_HOME", "/d", "XDG_STATE_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/d"));
    }

    @Test
    void xdgStateHomeNext() {
        assertThat(StateDir.resolve(Map.of("XDG_STATE_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/x/dockernotes"));
    }

    @Test
    void homeLocalStateLast() {
        assertThat(StateDir.resolve(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.local/state/dockernotes"));
    }

    @Test
    void emptyVariablesCountAsUnset() {
        Map<String, String> env = new HashMap<>();
        env.put("DOCKERNOTES_HOME", "");
        env.put("XDG_STATE_HOME", " ");
        env.put("HOME", "/h");
        assertThat(StateDir.resolve(env)).isEqualTo(Path.of("/h/.local/state/dockernotes"));
    }

    @Test
    void relativeXdgStateHomeIsIgnored() {
        assertThat(StateDir.resolve(Map.of("XDG_STATE_HOME", "relative/state", "HOME", "/h")))
                .isEqualTo(Path.of("/h/.local/state/dockernotes"));
    }

    @Test
    void withoutHomeUsesTheJvmsUserHome() {
        assertThat(StateDir.resolve(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "state", "dockernotes"));
    }
}
