package dev.dockernotes.lab;

import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Loaded;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.progress.ProgressStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rules of working through labs, for the lab commands to print: which lab a name means, the
 * current step, checking it against the engine (and recording what the learner made), hints, and
 * what a reset removes. Every answer is a value; nothing here prints. The notices that come with the
 * progress it loads and saves (a file kept aside, progress not being saved) go to the caller's
 * {@code notices}, as they come.
 */
public final class LabSession {
    private final LabCatalog catalog;
    private final Function<String, Optional<String>> chapterKey;
    private final ProgressStore store;
    private final Consumer<String> notices;
    private final Map<String, String> env;
    private final Supplier<Engine> engines;
    private final Clock clock;

    /**
     * @param chapterKey the chapter a name means (chapter3, 3, ch3, a title word), as its key
     * @param notices    says a notice of the progress store to the user (one line)
     * @param env        the environment (DOCKER_HOST, DOCKERNOTES_LAB_IMAGE)
     * @param engines    connects to the engine; each use closes what it gets
     */
    public LabSession(LabCatalog catalog, Function<String, Optional<String>> chapterKey, ProgressStore store,
                      Consumer<String> notices, Map<String, String> env, Supplier<Engine> engines, Clock clock) {
        if (catalog.labs().isEmpty()) {
            throw new DockernotesException("no labs for these notes");
        }
        this.catalog = catalog;
        this.chapterKey = chapterKey;
        this.store = store;
        this.notices = notices;
        this.env = env;
        this.engines = engines;
        this.clock = clock;
    }

    public LabCatalog catalog() {
        return catalog;
    }

    /** The parameters texts and checks are filled with: the lab's, the environment's, then {@code given}. */
    public Map<String, String> params(Lab lab, Map<String, String> given) {
        return Labs.params(lab, env, given);
    }

    /** The lab stored as open, if it still exists. */
    public Optional<Lab> open(Progress progress) {
        return progress.currentLab().flatMap(catalog::lab);
    }

    /** Every lab a name means: one for a lab id, all of a chapter's for a chapter. */
    public List<Lab> named(String which) {
        Optional<Lab> byId = catalog.lab(which.trim());
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        Optional<String> chapter = chapterKey.apply(which.trim());
        if (chapter.isPresent()) {
            List<Lab> labs = catalog.ofChapter(chapter.get());
            if (labs.isEmpty()) {
                throw new DockernotesException("no lab for " + chapter.get() + " yet");
            }
            return labs;
        }
        throw new DockernotesException("no lab or chapter \"" + which + "\" (labs: " + ids() + ")");
    }

    /** The lab named (a lab id, or a chapter: its open lab, else its first unfinished one), else the open one. */
    public Lab choose(Progress progress, String which) {
        if (which != null && !which.isBlank()) {
            List<Lab> labs = named(which);
            if (labs.size() == 1) {
                return labs.get(0);
            }
            return open(progress).filter(labs::contains).orElseGet(() -> labs.stream()
                    .filter(l -> Labs.currentStep(l, progress).isPresent()).findFirst().orElse(labs.get(0)));
        }
        return open(progress).orElseThrow(() -> new DockernotesException(
                "no lab is open: open one with: dockernotes lab LAB (labs: " + ids() + ")"));
    }

    /** A lab as it stands: its progress, and the current step (empty when done). */
    public record Current(Lab lab, Progress progress) {
        public Optional<Step> step() {
            return Labs.currentStep(lab, progress);
        }

        public int done() {
            return Labs.finishedCount(lab, progress);
        }
    }

    /**
     * {@code lab [WHICH]}: the lab named, else the open one, else the next unfinished one; it becomes
     * the open lab (saved when progress can be saved).
     */
    public Current openLab(String which) {
        Progress progress = loadToRecord();
        Lab lab = which == null
                ? open(progress).or(() -> Labs.current(catalog.labs(), progress)).orElseThrow(() ->
                        new DockernotesException("every lab is done; start one again with: dockernotes lab reset LAB"))
                : choose(progress, which);
        return new Current(lab, said(store.updateOrNotice(p -> p.openLab(lab.id(), clock.instant()))));
    }

    /** What checking the current step found. */
    public sealed interface Checked {
        Lab lab();

        /** The lab has no step left. */
        record Done(Lab lab) implements Checked {}

        /** The step wants an answer and none was given, or an answer was given to a step that wants none. */
        record WrongKind(Lab lab, Step step, boolean wantsAnswer) implements Checked {}

        /** What is not yet so. */
        record NotYet(Lab lab, Step step, List<String> unmet) implements Checked {}

        /**
         * The step is done ({@code already}: it was so before the learner did anything for it); when it
         * was the last, {@code finished} and {@code next}, the lab to go on with.
         */
        record Passed(Lab lab, Step step, boolean already, Progress after, boolean finished, boolean madeAnything,
                      Optional<Lab> next) implements Checked {}
    }

    /**
     * {@code lab check} / {@code lab answer}: runs the current step's checks against the engine, records
     * what they saw made during the lab (what reset may remove), and on success moves on.
     */
    public Checked check(String which, Optional<String> answer, Map<String, String> given) {
        Progress progress = loadToRecord();
        Lab lab = choose(progress, which);
        Instant now = clock.instant();
        if (!progress.currentLab().filter(lab.id()::equals).isPresent()) {
            // Named: it becomes the open lab, whatever the check finds (saved after the check when it can be).
            progress = said(store.updateOrNotice(p -> p.openLab(lab.id(), now)));
        }
        Optional<Step> current = Labs.currentStep(lab, progress);
        if (current.isEmpty()) {
            return new Checked.Done(lab);
        }
        Step step = current.get();
        if (step.wantsAnswer() != answer.isPresent()) {
            return new Checked.WrongKind(lab, step, step.wantsAnswer());
        }
        Checker.Result result;
        try (Engine engine = engines.get()) {
            result = new Checker(engine, params(lab, given)).check(lab, step, answer);
        }
        Optional<Instant> started = Optional.ofNullable(progress.labRecords().get(lab.id()))
                .flatMap(LabRecord::started).or(() -> Optional.of(now));
        boolean already = result.passed() && Labs.alreadySo(step, result.seen(), started);
        Progress after = said(store.update(p -> {
            LabRecord r = p.openLab(lab.id(), started.get());
            Labs.recordMade(r, result.seen());
            if (result.passed()) {
                r.finish(step.id());
                if (Labs.currentStep(lab, p).isEmpty()) {
                    p.closeLab();
                }
            }
        }));
        if (!result.passed()) {
            return new Checked.NotYet(lab, step, result.unmet());
        }
        boolean finished = Labs.currentStep(lab, after).isEmpty();
        return new Checked.Passed(lab, step, already, after, finished, finished && after.lab(lab.id()).madeAnything(),
                finished ? Labs.current(catalog.labs(), after) : Optional.empty());
    }

    /** The next help for the current step: a hint (level of levels), or, after the last, the solution. */
    public sealed interface Helped {
        Lab lab();

        record Done(Lab lab) implements Helped {}

        /** Hint {@code level} of {@code levels}, its parameters filled in. */
        record Hint(Lab lab, Step step, int level, int levels, String text) implements Helped {
            /** A command is never wrapped, so it can be copied whole; a sentence that starts with one is prose. */
            public boolean isCommand() {
                return (text.startsWith("docker ") || text.startsWith("curl ")) && !text.contains(". ");
            }
        }

        record Solution(Lab lab, Step step, List<String> lines) implements Helped {}
    }

    /**
     * {@code lab hint}: the next hint of the current step, counted in the progress. A hint is reading:
     * when progress cannot be saved it is still given (the store's notice says why).
     */
    public Helped hint(String which, Map<String, String> given) {
        Progress progress = loadToRecord();
        Lab lab = choose(progress, which);
        Optional<Step> current = Labs.currentStep(lab, progress);
        if (current.isEmpty()) {
            return new Helped.Done(lab);
        }
        Step step = current.get();
        Progress after = said(store.updateOrNotice(p -> {
            LabRecord r = p.openLab(lab.id(), clock.instant());
            if (r.hintsUsed(step.id()) < step.hintLevels()) {
                r.useHint(step.id());
            }
        }));
        int level = after.lab(lab.id()).hintsUsed(step.id());
        Map<String, String> params = params(lab, given);
        if (level <= step.hints().size()) {
            return new Helped.Hint(lab, step, level, step.hintLevels(), LabCatalog.fill(step.hints().get(level - 1), params));
        }
        return new Helped.Solution(lab, step, step.solution().stream().map(line -> LabCatalog.fill(line, params)).toList());
    }

    /** What {@code lab reset} would do: what it removes from the engine, and whose progress it forgets. */
    public record ResetPlan(List<Lab> labs, List<Reset.Plan> engine, List<Lab> withProgress) {
        public boolean removes() {
            return engine.stream().anyMatch(p -> !p.removesNothing());
        }

        public boolean isEmpty() {
            return !removes() && withProgress.isEmpty();
        }
    }

    /** Works out a reset of the labs named (default: the open one); {@code keepEngine}: only forget progress. */
    public ResetPlan planReset(String which, boolean keepEngine, Map<String, String> given) {
        Progress progress = said(store.load());
        List<Lab> labs = which == null
                ? List.of(open(progress).orElseThrow(() -> new DockernotesException(
                        "no lab is open; name the lab to reset: dockernotes lab reset LAB")))
                : named(which);
        List<Reset.Plan> plans = new ArrayList<>();
        if (!keepEngine) {
            try (Engine engine = engines.get()) {
                for (Lab lab : labs) {
                    plans.add(Reset.plan(engine, lab, Optional.ofNullable(progress.labRecords().get(lab.id())),
                            params(lab, given)));
                }
            }
        }
        return new ResetPlan(labs, plans, labs.stream().filter(l -> Labs.started(l, progress)).toList());
    }

    /** Removes what the plan lists and forgets the labs' progress; returns what removing said, a line each. */
    public List<String> reset(ResetPlan plan) {
        List<String> said = new ArrayList<>();
        if (plan.removes()) {
            try (Engine engine = engines.get()) {
                for (Reset.Plan p : plan.engine()) {
                    said.addAll(Reset.apply(engine, p));
                }
            }
        }
        said(store.update(p -> plan.labs().forEach(l -> p.forgetLab(l.id()))));
        return said;
    }

    /** A snapshot for a command that records progress: says up front (a notice) when it cannot be saved. */
    private Progress loadToRecord() {
        return said(store.loadToRecord());
    }

    private Progress said(Loaded loaded) {
        loaded.notices().forEach(notices);
        return loaded.progress();
    }

    private String ids() {
        return String.join(", ", catalog.labs().stream().map(Lab::id).toList());
    }
}
