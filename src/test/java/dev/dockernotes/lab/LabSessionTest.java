package dev.dockernotes.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab rules the lab commands print, against a fake engine and a real progress file. */
class LabSessionTest {
    static final Instant BEFORE = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant OPENED = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant DURING = Instant.parse("2026-12-01T10:05:00Z");

    @TempDir
    Path home;
    final FakeEngine engine = new FakeEngine();
    final List<String> notices = new ArrayList<>();

    private LabSession session() {
        return new LabSession(LabCatalog.loadBuiltIn(Set.of()),
                name -> name.matches("chapter\\d+") ? Optional.of(name) : Optional.empty(),
                new ProgressStore(home), notices::add, Map.of(), () -> engine, Clock.fixed(OPENED, ZoneOffset.UTC));
    }

    private LabSession.Checked check(String which) {
        return session().check(which, Optional.empty(), Map.of());
    }

    @Test
    void openingWithoutANameOpensTheFirstUnfinishedLabAtItsFirstStepAndRemembersIt() {
        LabSession.Current current = session().openLab(null);
        assertThat(current.lab().id()).isEqualTo("ch1-first-container");
        assertThat(current.step().map(Step::id)).contains("daemon-answers");
        assertThat(current.done()).isZero();
        assertThat(new ProgressStore(home).load().progress().currentLab()).contains("ch1-first-container");
    }

    @Test
    void aStepThatAsksOnlyThatTheDaemonAnswersIsAlreadyDoneAndTheLabMovesOn() {
        session().openLab("ch1-first-container");
        LabSession.Checked checked = check(null);
        assertThat(checked).isInstanceOfSatisfying(LabSession.Checked.Passed.class, p -> {
            assertThat(p.step().id()).isEqualTo("daemon-answers");
            assertThat(p.already()).isTrue();
            assertThat(p.finished()).isFalse();
            assertThat(Labs.currentStep(p.lab(), p.after()).map(Step::id)).contains("use-image");
        });
    }

    @Test
    void whatIsNotYetSoIsSaidAndAContainerMadeDuringTheLabPassesAndIsRecorded() {
        session().openLab("ch1-first-container");
        check(null);
        assertThat(check(null)).isInstanceOfSatisfying(LabSession.Checked.NotYet.class, n ->
                assertThat(n.unmet()).containsExactly("there is no container named dn-hello yet"));
        Engine.ContainerInfo made = engine.add("dn-hello", "busybox", "exited", DURING, Map.of());
        engine.outputs.put("dn-hello", "hello\n");
        assertThat(check(null)).isInstanceOfSatisfying(LabSession.Checked.Passed.class, p -> {
            assertThat(p.already()).isFalse();
            assertThat(p.after().lab("ch1-first-container").madeContainers()).containsKey(made.id());
        });
    }

    @Test
    void anAnswerToAStepThatWantsNoneIsRefusedWithoutAskingTheEngine() {
        LabSession.Checked checked = session().check("ch1-first-container", Optional.of("42"), Map.of());
        assertThat(checked).isInstanceOfSatisfying(LabSession.Checked.WrongKind.class, w -> {
            assertThat(w.wantsAnswer()).isFalse();
            assertThat(w.step().id()).isEqualTo("daemon-answers");
        });
    }

    @Test
    void hintsComeOneLevelAtATimeThenTheSolutionWithItsParametersFilledIn() {
        session().openLab("ch1-first-container");
        check(null); // on to use-image
        assertThat(session().hint(null, Map.of())).isInstanceOfSatisfying(LabSession.Helped.Hint.class, h -> {
            assertThat(h.level()).isEqualTo(1);
            assertThat(h.isCommand()).isFalse();
        });
        assertThat(session().hint(null, Map.of("image", "alpine"))).isInstanceOfSatisfying(LabSession.Helped.Hint.class, h -> {
            assertThat(h.level()).isEqualTo(2);
            assertThat(h.text()).isEqualTo("docker container run --name dn-hello alpine echo hello");
            assertThat(h.isCommand()).isTrue();
        });
        assertThat(session().hint(null, Map.of())).isInstanceOfSatisfying(LabSession.Helped.Solution.class, s ->
                assertThat(s.lines()).containsExactly("docker image ls", "docker container run --name dn-hello busybox echo hello"));
    }

    @Test
    void aNameIsALabIdOrAChapterAndAnythingElseSaysWhichLabsThereAre() {
        assertThat(session().named("chapter3")).extracting(Lab::id).contains("ch3-containers", "ch3-volumes");
        assertThat(session().named(" ch1-first-container ")).extracting(Lab::id).containsExactly("ch1-first-container");
        assertThatThrownBy(() -> session().named("nope")).isInstanceOf(DockernotesException.class)
                .hasMessageStartingWith("no lab or chapter \"nope\" (labs: ch1-first-container, ");
        assertThatThrownBy(() -> check(null)).hasMessageStartingWith("no lab is open: open one with: dockernotes lab LAB");
    }

    @Test
    void resetRemovesOnlyWhatTheLabMadeAndForgetsItsProgress() {
        session().openLab("ch1-first-container");
        check(null);
        engine.add("dn-web", "busybox", "running", BEFORE, Map.of()); // the learner's own, not the lab's
        Engine.ContainerInfo made = engine.add("dn-hello", "busybox", "exited", DURING, Map.of());
        engine.outputs.put("dn-hello", "hello\n");
        check(null);
        LabSession.ResetPlan plan = session().planReset(null, false, Map.of());
        assertThat(plan.removes()).isTrue();
        assertThat(plan.engine()).singleElement().satisfies(p ->
                assertThat(p.remove()).extracting(Reset.Target::id).containsExactly(made.id()));
        assertThat(plan.withProgress()).extracting(Lab::id).containsExactly("ch1-first-container");
        session().reset(plan);
        assertThat(engine.removed).containsExactly("container dn-hello");
        assertThat(engine.containers.values()).extracting(Engine.ContainerInfo::name).containsExactly("dn-web");
        assertThat(new ProgressStore(home).load().progress().labRecords()).isEmpty();
    }
}
