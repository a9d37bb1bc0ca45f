package dev.dockernotes.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each check type against a fake engine: what passes, and the words that say what is not yet so. */
class CheckerTest {
    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    final FakeEngine engine = new FakeEngine();
    final LabCatalog catalog = LabCatalog.loadBuiltIn(Set.of());

    private List<String> unmet(String labId, int stepIndex, String answer) {
        Lab lab = catalog.lab(labId).orElseThrow();
        Step step = lab.steps().get(stepIndex);
        Map<String, String> params = Labs.params(lab, Map.of(), Map.of());
        return new Checker(engine, params).unmet(lab, step, Optional.ofNullable(answer));
    }

    private List<String> unmet(String labId, int stepIndex) {
        return unmet(labId, stepIndex, null);
    }

    @Test
    void imageAndAContainerThatPrintedHello() {
        assertThat(unmet("ch1-first-container", 1)).containsExactly("there is no container named dn-hello yet");
        engine.add("dn-hello", "busybox", "exited", T, Map.of());
        engine.outputs.put("dn-hello", "hi\n");
        assertThat(unmet("ch1-first-container", 1)).containsExactly("container dn-hello printed \"hi\", not \"hello\":"
                + " remove it (docker container rm -f dn-hello) and run it again");
        engine.outputs.put("dn-hello", "hello\n");
        assertThat(unmet("ch1-first-container", 1)).isEmpty();
        engine.images.clear();
        assertThat(unmet("ch1-first-container", 1)).containsExactly("there is no image busybox on this engine yet");
    }

    @Test
    void whatAContainerPrintedIsShownWithoutItsEscapeSequences() {
        engine.add("dn-hello", "busybox", "exited", T, Map.of());
        engine.outputs.put("dn-hello", "\u001b[31mred\u001b]0;title\u0007");
        assertThat(unmet("ch1-first-container", 1)).singleElement().asString()
                .startsWith("container dn-hello printed \"\\u001b[31mred\\u001b]0;title\\u0007\", not \"hello\"")
                .doesNotContain("\u001b");
    }

    @Test
    void containerStateImageAndInteractive() {
        Engine.ContainerInfo c = engine.add("dn-shell", "busybox", "exited", T, Map.of());
        assertThat(unmet("ch1-first-container", 2)).containsExactly("container dn-shell was not started interactively"
                + " (it has no terminal and open input): remove it (docker container rm -f dn-shell) and run it again with -it");
        engine.put(new Engine.ContainerInfo(c.id(), "dn-shell", "busybox", "exited", false, 0, T, true, true, Map.of(),
                List.of(), List.of(), T));
        assertThat(unmet("ch1-first-container", 2)).containsExactly("container dn-shell exists but is not running"
                + " (it exited with code 0)");
        engine.put(new Engine.ContainerInfo(c.id(), "dn-shell", "alpine", "running", true, null, T, true, true, Map.of(),
                List.of(), List.of(), T));
        assertThat(unmet("ch1-first-container", 2)).singleElement().asString()
                .startsWith("container dn-shell was made from image alpine, not busybox");
        engine.put(new Engine.ContainerInfo(c.id(), "dn-shell", "busybox:latest", "running", true, null, T, true, true,
                Map.of(), List.of(), List.of(), T));
        assertThat(unmet("ch1-first-container", 2)).isEmpty();
    }

    @Test
    void portIsPublishedToTheHostPortAsked() {
        Engine.ContainerInfo c = engine.add("dn-web", "busybox", "running", T, Map.of());
        assertThat(unmet("ch3-containers", 0)).containsExactly("container dn-web publishes no host port to 80/tcp:"
                + " it needs -p 8080:80 when it is created");
        engine.put(new Engine.ContainerInfo(c.id(), "dn-web", "busybox", "running", true, null, T, false, false, Map.of(),
                List.of(new Engine.PortBinding(80, "tcp", "", 9090)), List.of(), T));
        assertThat(unmet("ch3-containers", 0)).containsExactly("container dn-web publishes host port 9090 to 80/tcp, not 8080");
    }

    @Test
    void fileInTheWritableLayerAndKeptAcrossARestart() {
        engine.add("dn-web", "busybox", "running", T, Map.of());
        assertThat(unmet("ch3-containers", 1)).containsExactly("container dn-web has no /kept.txt in its writable layer yet");
        engine.changed.put("dn-web", List.of("/kept.txt"));
        assertThat(unmet("ch3-containers", 1)).isEmpty();
        engine.modified.put("dn-web:/kept.txt", T.plusSeconds(5)); // written during this run (started at T)
        assertThat(unmet("ch3-containers", 3)).singleElement().asString()
                .startsWith("container dn-web has /kept.txt, but it was written during the container's current run");
        engine.modified.put("dn-web:/kept.txt", T.minusSeconds(60));
        assertThat(unmet("ch3-containers", 3)).isEmpty();
    }

    @Test
    void volumeMountedAndAFileInItReadThroughAHelperThatIsRemoved() {
        assertThat(unmet("ch3-volumes", 0)).containsExactly("there is no volume named dn-data yet");
        engine.addVolume("dn-data", T);
        assertThat(unmet("ch3-volumes", 0)).isEmpty();
        engine.add("dn-writer", "busybox", "exited", T, Map.of());
        assertThat(unmet("ch3-volumes", 1)).containsExactly(
                "volume dn-data is not mounted in container dn-writer: it needs -v dn-data:/data when it is created",
                "volume dn-data has no note.txt in it yet");
        assertThat(engine.helpersMade).hasSize(1);
        assertThat(engine.containersLabelled(Engine.ROLE_LABEL, "helper")).as("helper left behind").isEmpty();
    }

    @Test
    void containerAbsent() {
        engine.addVolume("dn-data", T);
        engine.add("dn-writer", "busybox", "exited", T, Map.of());
        assertThat(unmet("ch3-volumes", 2)).contains("container dn-writer still exists (exited): remove it");
    }

    @Test
    void answersAcceptAVBeforeTheVersionAndQuotes() {
        assertThat(unmet("ch2-engine-api", 0, "1.41")).isEmpty();
        assertThat(unmet("ch2-engine-api", 0, "v1.41")).isEmpty();
        assertThat(unmet("ch2-engine-api", 0, "\"1.41\"")).isEmpty();
        assertThat(unmet("ch2-engine-api", 0, "1.40")).containsExactly("\"1.40\" is not what the engine says for ApiVersion:"
                + " look for \"ApiVersion\" in what curl printed");
        assertThat(unmet("ch2-engine-api", 1, "v20.10.24+dfsg1")).isEmpty();
        assertThat(unmet("ch2-engine-api", 1, "vv20.10.24+dfsg1")).isNotEmpty();
    }

    @Test
    void daemonStepNeedsOnlyTheDaemon() {
        assertThat(unmet("ch1-first-container", 0)).isEmpty();
    }
}
