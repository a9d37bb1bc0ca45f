package dev.dockernotes.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Progress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reset's safety rules against a fake engine: a lab removes only what carries its label or what its
 * checks recorded as made during the lab; everything else with a lab's name is left and named.
 */
class ResetTest {
    static final Instant BEFORE = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant OPENED = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant DURING = Instant.parse("2026-12-01T10:05:00Z");
    final FakeEngine engine = new FakeEngine();
    final LabCatalog catalog = LabCatalog.loadBuiltIn(Set.of());
    final Progress progress = new Progress();

    private Lab lab(String id) {
        return catalog.lab(id).orElseThrow();
    }

    /** Runs the current step's checks as {@code lab check} does, recording what they saw. */
    private void check(String labId, int stepIndex) {
        Lab lab = lab(labId);
        Checker.Result r = new Checker(engine, Labs.params(lab, Map.of(), Map.of())).check(lab, lab.steps().get(stepIndex),
                Optional.empty());
        Labs.recordMade(progress.lab(labId), r.seen());
    }

    private Reset.Plan plan(String labId) {
        return Reset.plan(engine, lab(labId), Optional.ofNullable(progress.labRecords().get(labId)),
                Labs.params(lab(labId), Map.of(), Map.of()));
    }

    @Test
    void aLabNeverStartedRemovesNothingOfTheLearners() {
        engine.add("dn-web", "busybox", "running", BEFORE, Map.of("owner", "user"));
        engine.addVolume("dn-data", BEFORE);
        Reset.Plan containers = plan("ch3-containers");
        assertThat(containers.remove()).isEmpty();
        assertThat(containers.leftAlone()).containsExactly("dn-web was not made for this lab; left as is");
        assertThat(plan("ch3-volumes").leftAlone()).containsExactly("dn-data was not made for this lab; left as is");
        assertThat(Reset.apply(engine, containers)).isEmpty();
        assertThat(engine.removed).isEmpty();
    }

    @Test
    void theLearnersOwnContainerSeenByAChecKIsNotRecorded() {
        engine.add("dn-web", "busybox", "running", BEFORE, Map.of("owner", "user"));
        progress.openLab("ch3-containers", OPENED);
        check("ch3-containers", 0);
        assertThat(progress.lab("ch3-containers").madeContainers()).isEmpty();
        assertThat(plan("ch3-containers").remove()).isEmpty();
    }

    @Test
    void whatTheLearnerMadeDuringTheLabIsRemovedByItsId() {
        progress.openLab("ch3-volumes", OPENED);
        engine.addVolume("dn-data", DURING);
        check("ch3-volumes", 0);
        Engine.ContainerInfo writer = engine.add("dn-writer", "busybox", "exited", DURING, Map.of());
        check("ch3-volumes", 1);
        Reset.Plan plan = plan("ch3-volumes");
        assertThat(plan.remove()).extracting(Reset.Target::describe)
                .containsExactly("container dn-writer (made during the lab)", "volume dn-data (made during the lab)");
        assertThat(plan.leftAlone()).isEmpty();
        assertThat(Reset.apply(engine, plan)).containsExactly("removed container dn-writer (made during the lab)",
                "removed volume dn-data (made during the lab)");
        assertThat(engine.container(writer.id())).isEmpty();
    }

    @Test
    void aNamesakeMadeAfterTheRecordedOneIsLeftAlone() {
        progress.openLab("ch3-containers", OPENED);
        engine.add("dn-web", "busybox", "running", DURING, Map.of());
        check("ch3-containers", 0);
        // the learner removes it, and later makes their own dn-web outside the lab
        engine.removeContainer("dn-web");
        engine.removed.clear();
        engine.add("dn-web", "busybox", "running", DURING.plusSeconds(600), Map.of("owner", "user"));
        progress.closeLab();
        Reset.Plan plan = plan("ch3-containers");
        assertThat(plan.remove()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("dn-web was not made for this lab; left as is");
    }

    @Test
    void aVolumeRecreatedUnderTheSameNameIsNotTheOneRecorded() {
        progress.openLab("ch3-volumes", OPENED);
        engine.addVolume("dn-data", DURING);
        check("ch3-volumes", 0);
        engine.volumes.clear();
        engine.addVolume("dn-data", DURING.plusSeconds(3600));
        assertThat(plan("ch3-volumes").remove()).isEmpty();
    }

    @Test
    void whatCarriesTheLabsLabelIsRemovedAndOtherLabsLabelsAreNot() {
        engine.add("left-helper", "busybox", "created", BEFORE, Map.of(Engine.LAB_LABEL, "ch3-volumes", Engine.ROLE_LABEL, "helper"));
        engine.add("other", "busybox", "created", BEFORE, Map.of(Engine.LAB_LABEL, "ch3-containers"));
        assertThat(plan("ch3-volumes").remove()).extracting(Reset.Target::describe)
                .containsExactly("container left-helper (made by the lab)");
    }

    @Test
    void aVolumeInUseByTheLearnersContainerIsKeptAndSaysWhy() {
        progress.openLab("ch3-volumes", OPENED);
        engine.addVolume("dn-data", DURING);
        check("ch3-volumes", 0);
        engine.put(new Engine.ContainerInfo("f".repeat(64), "mine", "busybox", "running", true, null, BEFORE, false, false,
                Map.of(), List.of(), List.of(new Engine.MountInfo("volume", "dn-data", "/d")), BEFORE));
        assertThat(Reset.apply(engine, plan("ch3-volumes"))).containsExactly(
                "kept volume dn-data: the Docker Engine answered: remove dn-data: volume is in use");
        assertThat(engine.container("mine")).isPresent();
    }

    @Test
    void aStepIsAlreadySoWhenItAsksForNothingMadeOrOnlyForOlderThings() {
        Lab ch1 = lab("ch1-first-container");
        assertThat(Labs.alreadySo(ch1.steps().get(0), List.of(), Optional.of(OPENED))).isTrue();
        Checker.Seen old = new Checker.Seen(Checker.Seen.Kind.container, "dn-hello", "1", BEFORE);
        Checker.Seen made = new Checker.Seen(Checker.Seen.Kind.container, "dn-hello", "2", DURING);
        assertThat(Labs.alreadySo(ch1.steps().get(1), List.of(old), Optional.of(OPENED))).isTrue();
        assertThat(Labs.alreadySo(ch1.steps().get(1), List.of(made), Optional.of(OPENED))).isFalse();
        LabRecord r = progress.openLab("ch1-first-container", OPENED);
        Labs.recordMade(r, List.of(old, made));
        assertThat(r.madeContainers()).containsOnlyKeys("2");
    }

    @Test
    void aVolumeDatedInTheSecondTheLabWasOpenedIsTheLearnersOwn() {
        // The engine dates volumes in whole seconds: within the second the lab was opened, before and
        // after cannot be told apart, so such a volume is never recorded (and never removed).
        java.time.Instant opened = java.time.Instant.parse("2026-12-01T10:00:05.700Z");
        LabRecord r = progress.openLab("ch3-volumes", opened);
        Checker.Seen sameSecond = new Checker.Seen(Checker.Seen.Kind.volume, "dn-data", "dn-data",
                java.time.Instant.parse("2026-12-01T10:00:05Z"));
        Labs.recordMade(r, List.of(sameSecond));
        assertThat(r.madeVolumes()).isEmpty();
        Checker.Seen nextSecond = new Checker.Seen(Checker.Seen.Kind.volume, "dn-data", "dn-data",
                java.time.Instant.parse("2026-12-01T10:00:06Z"));
        Labs.recordMade(r, List.of(nextSecond));
        assertThat(r.madeVolumes()).containsOnlyKeys("dn-data");
    }
}
