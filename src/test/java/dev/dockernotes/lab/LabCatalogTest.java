package dev.dockernotes.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.content.Problem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabCatalogTest {
    static final Set<String> CHAPTERS = Set.of("chapter1", "chapter2", "chapter3");

    @Test
    void builtInLabsAreCleanAndCoverEveryChapter() {
        LabCatalog catalog = LabCatalog.loadBuiltIn(CHAPTERS);
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.labs()).extracting(Lab::id)
                .containsExactly("ch1-first-container", "ch2-engine-api", "ch3-containers", "ch3-volumes");
        for (Lab lab : catalog.labs()) {
            for (Step step : lab.steps()) {
                assertThat(step.hints()).as(lab.id() + "/" + step.id()).isNotEmpty();
                assertThat(step.solution()).as(lab.id() + "/" + step.id()).isNotEmpty();
            }
        }
    }

    @Test
    void everyNameALabMakesLooksLikeALabs() {
        for (Lab lab : LabCatalog.loadBuiltIn(CHAPTERS).labs()) {
            assertThat(lab.containerNames()).allMatch(n -> n.startsWith("dn-"));
            assertThat(lab.volumeNames()).allMatch(n -> n.startsWith("dn-"));
        }
    }

    @Test
    void brokenFilesAreReportedWithFileLineAndColumn() {
        LabCatalog catalog = LabCatalog.loadFolder(Path.of("src/test/resources/labs-broken"), CHAPTERS);
        assertThat(catalog.problems()).extracting(Problem::format).containsExactly(
                "src/test/resources/labs-broken/chapter1.json:3:1: malformed JSON: Unexpected end-of-input within/between Object entries",
                "src/test/resources/labs-broken/chapter2.json:1:3: lab format version 2 is newer than this dockernotes reads (1);"
                        + " update dockernotes to use this file",
                "src/test/resources/labs-broken/chapter3.json:11:11: lab 'broken', step 'one': unknown parameter ${imagee};"
                        + " declare it in the lab's 'params'",
                "src/test/resources/labs-broken/chapter3.json:12:11: lab 'broken', step 'one': 'hints' lists no hint;"
                        + " give at least one (a nudge) before the solution",
                "src/test/resources/labs-broken/chapter3.json:15:52: lab 'broken', step 'one': state 'sleeping' is not one of"
                        + " exists, running, exited, absent",
                "src/test/resources/labs-broken/chapter3.json:16:52: lab 'broken', step 'one': 'hostPort' must be a port number"
                        + " from 1 to 65535",
                "src/test/resources/labs-broken/chapter3.json:17:15: lab 'broken', step 'one': unknown check type 'teleport'"
                        + " (types: answer, container, daemon, file-in-container, file-in-volume, image, port, volume)",
                "src/test/resources/labs-broken/chapter3.json:24:7: lab 'no-such-chapter': no chapter 'chapter9' in the notes"
                        + " (see 'dockernotes chapters')");
        assertThat(catalog.labs()).isEmpty();
    }

    @Test
    void parametersFillTextsAndTheImageCanBeChosen() {
        Lab lab = LabCatalog.loadBuiltIn(CHAPTERS).lab("ch3-containers").orElseThrow();
        Map<String, String> params = Labs.params(lab, Map.of("DOCKERNOTES_LAB_IMAGE", "alpine:3.20"), Map.of("port", "9090"));
        assertThat(LabCatalog.fill(lab.steps().get(0).hints().get(1), params))
                .isEqualTo("docker container run -d --name dn-web -p 9090:80 alpine:3.20 httpd -f -p 80");
        assertThat(Labs.params(lab, Map.of(), Map.of("image", "busybox:1.36")).get("image")).isEqualTo("busybox:1.36");
    }

    @Test
    void curlFollowsTheEndpointInUse() {
        assertThat(Endpoint.fromEnvironment(Map.of()).curl("/version"))
                .isEqualTo("curl --unix-socket /var/run/docker.sock http://localhost/version");
        assertThat(Endpoint.fromEnvironment(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock")).curl("/version"))
                .isEqualTo("curl --unix-socket /run/user/1000/docker.sock http://localhost/version");
        assertThat(Endpoint.fromEnvironment(Map.of("DOCKER_HOST", "tcp://node3:2376", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/certs")).curl("/version"))
                .isEqualTo("curl --cacert /certs/ca.pem --cert /certs/cert.pem --key /certs/key.pem https://node3:2376/version");
        assertThat(Endpoint.fromEnvironment(Map.of("DOCKER_HOST", "tcp://node3:2375")).tls()).isFalse();
    }
}
