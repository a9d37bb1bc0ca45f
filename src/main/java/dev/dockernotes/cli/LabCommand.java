package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Screens;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.lab.Checker;
import dev.dockernotes.lab.Engine;
import dev.dockernotes.lab.Engines;
import dev.dockernotes.lab.Lab;
import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.lab.Labs;
import dev.dockernotes.lab.Step;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Hands-on labs checked against your own Docker Engine (DOCKER_HOST, else /var/run/docker.sock).",
            "Without a subcommand: show the current step of the lab (or of the chapter or lab named)."},
        subcommands = {LabCommand.Check.class, LabCommand.Hint.class, LabCommand.Answer.class,
            LabCommand.Status.class, LabCommand.Reset.class},
        footer = {"", "Labs use the image busybox unless --image IMAGE or DOCKERNOTES_LAB_IMAGE says otherwise; nothing is pulled.",
            "They touch only containers and volumes named dn-* that they ask you to make, and what they label dockernotes.lab."})
final class LabCommand extends BaseCommand {

    @Parameters(arity = "0..1", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter (chapter3, 3, ch3) or a lab id.")
    String which;

    @Mixin
    LabOptions options;

    LabCommand(AppContext ctx) {
        super(ctx);
    }

    /** --image and --param, for every lab command. */
    static final class LabOptions {
        @Option(names = "--image", paramLabel = "IMAGE", description = "The image the lab uses (default busybox, or $DOCKERNOTES_LAB_IMAGE).")
        String image;

        @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Set a lab parameter, e.g. --param port=8081.")
        Map<String, String> params = new LinkedHashMap<>();

        Map<String, String> given() {
            Map<String, String> g = new LinkedHashMap<>(params);
            if (image != null && !image.isBlank()) {
                g.put("image", image.trim());
            }
            return g;
        }
    }

    @Override
    protected int run() {
        LabCatalog catalog = catalog(ctx, this);
        Progress progress = loadProgressToRecord();
        Lab lab = which == null
                ? current(catalog, progress).or(() -> Labs.current(catalog.labs(), progress)).orElseThrow(() ->
                        new DockernotesException("every lab is done; start one again with: dockernotes lab reset LAB"))
                : choose(catalog, progress, which, this);
        Progress after = recordProgress(p -> p.openLab(lab.id(), Instant.now()));
        printStep(this, lab, after, options.given(), true);
        return ExitCodes.OK;
    }

    /**
     * The lab a subcommand acts on: the one named after it ({@code lab check LAB}), else the one named
     * before it ({@code lab LAB check}); naming two different ones is a usage error, never a silent choice.
     */
    static String named(BaseCommand sub, String own) {
        Object parent = sub.spec.parent() == null ? null : sub.spec.parent().userObject();
        String before = parent instanceof LabCommand l ? l.which : null;
        if (before != null && own != null && !before.trim().equals(own.trim())) {
            throw new picocli.CommandLine.ParameterException(sub.spec.commandLine(), "two labs named: \"" + before
                    + "\" and \"" + own + "\"; name one: dockernotes lab " + sub.spec.name() + " LAB");
        }
        return own != null ? own : before;
    }

    /** The lab stored as open, if it still exists. */
    static Optional<Lab> current(LabCatalog catalog, Progress progress) {
        return progress.currentLab().flatMap(catalog::lab);
    }

    // ---- shared by the subcommands

    /** Wraps plain words to the output width; {@code indent} starts every line after the first. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (col > 0 && col + 1 + word.length() > width) {
                out.append('\n').append(indent);
                col = indent.length();
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }

    static int width(BaseCommand cmd) {
        return Math.max(40, cmd.style().width());
    }

    static LabCatalog catalog(AppContext ctx, BaseCommand cmd) {
        LabCatalog catalog = LabCatalog.loadBuiltIn(cmd.graph().chapters().stream().map(Topic::chapterKey)
                .collect(Collectors.toSet()));
        if (catalog.labs().isEmpty()) {
            throw new DockernotesException("no labs for these notes");
        }
        return catalog;
    }

    /** The lab named (a lab id, or a chapter: its open lab, else its first unfinished one), else the open one. */
    static Lab choose(LabCatalog catalog, Progress progress, String which, BaseCommand cmd) {
        if (which != null && !which.isBlank()) {
            List<Lab> labs = named(catalog, which, cmd);
            if (labs.size() == 1) {
                return labs.get(0);
            }
            Optional<Lab> open = current(catalog, progress).filter(labs::contains);
            return open.orElseGet(() -> labs.stream().filter(l -> Labs.currentStep(l, progress).isPresent()).findFirst()
                    .orElse(labs.get(0)));
        }
        return current(catalog, progress).orElseThrow(() -> new DockernotesException(
                "no lab is open: open one with: dockernotes lab LAB (labs: " + ids(catalog) + ")"));
    }

    /** Every lab a name means: one for a lab id, all of a chapter's for a chapter. */
    static List<Lab> named(LabCatalog catalog, String which, BaseCommand cmd) {
        Optional<Lab> byId = catalog.lab(which.trim());
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        Optional<Topic> chapter = cmd.graph().findChapter(which.trim());
        if (chapter.isPresent()) {
            List<Lab> labs = catalog.ofChapter(chapter.get().chapterKey());
            if (labs.isEmpty()) {
                throw new DockernotesException("no lab for " + chapter.get().chapterKey() + " yet");
            }
            return labs;
        }
        throw new DockernotesException("no lab or chapter \"" + which + "\" (labs: " + ids(catalog) + ")");
    }

    private static String ids(LabCatalog catalog) {
        return String.join(", ", catalog.labs().stream().map(Lab::id).toList());
    }

    static Map<String, String> params(AppContext ctx, Lab lab, LabOptions options) {
        return Labs.params(lab, ctx.env().variables(), options.given());
    }

    static void printStep(BaseCommand cmd, Lab lab, Progress progress, Map<String, String> given, boolean withIntro) {
        Styles s = Styles.of(cmd.style());
        Map<String, String> params = Labs.params(lab, cmd.ctx.env().variables(), given);
        Optional<Step> step = Labs.currentStep(lab, progress);
        int done = Labs.finishedCount(lab, progress);
        cmd.out().println(s.bold("Lab " + lab.id() + ": " + lab.title()) + s.dim("  (" + lab.chapter() + ", "
                + done + " of " + lab.steps().size() + " steps done)"));
        if (step.isEmpty()) {
            cmd.out().println("This lab is done. Start it again with: dockernotes lab reset " + lab.id());
            return;
        }
        if (withIntro && done == 0 && !lab.intro().isEmpty()) {
            cmd.out().println(wrap(LabCatalog.fill(lab.intro(), params), width(cmd), ""));
        }
        Step st = step.get();
        cmd.out().println();
        String head = "Step " + (lab.indexOf(st) + 1) + " of " + lab.steps().size() + ": ";
        String task = wrap(head + LabCatalog.fill(st.task(), params), width(cmd), "  ");
        cmd.out().println(s.bold(head) + task.substring(head.length()));
        cmd.out().println();
        cmd.out().println(s.dim(st.wantsAnswer()
                ? "Then: dockernotes lab answer VALUE   (stuck? dockernotes lab hint)"
                : "Then: dockernotes lab check   (stuck? dockernotes lab hint)"));
    }

    /** Runs the checks of the current step; records what it found made; on success moves on. */
    static int checkStep(BaseCommand cmd, String which, LabOptions options, Optional<String> answer) {
        LabCatalog catalog = catalog(cmd.ctx, cmd);
        Progress progress = cmd.loadProgressToRecord();
        Lab lab = choose(catalog, progress, which, cmd);
        Instant now = Instant.now();
        if (!progress.currentLab().filter(lab.id()::equals).isPresent()) {
            // Named: it becomes the open lab, whatever the check finds (saved after the check when it can be).
            progress = cmd.recordProgress(p -> p.openLab(lab.id(), now));
        }
        Optional<Step> current = Labs.currentStep(lab, progress);
        if (current.isEmpty()) {
            cmd.out().println("Lab " + lab.id() + " is done. Start it again with: dockernotes lab reset " + lab.id());
            return ExitCodes.OK;
        }
        Step step = current.get();
        Styles s = Styles.of(cmd.style());
        if (step.wantsAnswer() && answer.isEmpty()) {
            cmd.out().println("Step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                    + " wants your answer: dockernotes lab answer VALUE");
            return ExitCodes.FAILURE;
        }
        if (!step.wantsAnswer() && answer.isPresent()) {
            cmd.out().println("Step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                    + " wants no answer: do the task, then dockernotes lab check");
            return ExitCodes.FAILURE;
        }
        Map<String, String> params = params(cmd.ctx, lab, options);
        Checker.Result result;
        try (Engine engine = Engines.connect(cmd.ctx.env().variables())) {
            result = new Checker(engine, params).check(lab, step, answer);
        }
        Optional<Instant> started = Optional.ofNullable(progress.labRecords().get(lab.id()))
                .flatMap(LabRecord::started).or(() -> Optional.of(now));
        boolean already = result.passed() && Labs.alreadySo(step, result.seen(), started);
        Progress after = cmd.updateProgress(p -> {
            LabRecord r = p.openLab(lab.id(), started.get());
            Labs.recordMade(r, result.seen());
            if (result.passed()) {
                r.finish(step.id());
                if (Labs.currentStep(lab, p).isEmpty()) {
                    p.closeLab();
                }
            }
        });
        if (!result.passed()) {
            cmd.out().println(s.yellow("Not yet") + " (step " + (lab.indexOf(step) + 1) + " of lab " + lab.id() + "):");
            result.unmet().forEach(u -> cmd.out().println("  - " + wrap(u, width(cmd) - 4, "    ")));
            return ExitCodes.FAILURE;
        }
        if (already) {
            cmd.out().println(s.green("Already done:") + " step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                    + " (" + step.id() + ") was so before you did anything for it; moving on.");
        } else {
            cmd.out().println(s.green("Done:") + " step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                    + " (" + step.id() + ").");
        }
        if (Labs.currentStep(lab, after).isEmpty()) {
            boolean made = after.lab(lab.id()).madeAnything();
            cmd.out().println(s.green("Lab " + lab.id() + " finished.")
                    + (made ? " Clean up what it made with: dockernotes lab reset " + lab.id() : ""));
            Optional<Lab> next = Labs.current(catalog.labs(), after);
            next.ifPresent(n -> cmd.out().println("Next lab: dockernotes lab " + n.id() + "  (" + n.title() + ")"));
        } else {
            cmd.out().println();
            printStep(cmd, lab, after, options.given(), false);
        }
        return ExitCodes.OK;
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Check the current step against the engine: move on, or say what is not yet so.")
    static final class Check extends BaseCommand {
        @Parameters(arity = "0..1", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter or lab id (default: the current lab).")
        String which;

        @Mixin
        LabOptions options;

        Check(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() {
            return checkStep(this, named(this, which), options, Optional.empty());
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Give your answer to a step that asks for one (e.g. what the Engine API's /version said).")
    static final class Answer extends BaseCommand {
        @Parameters(index = "0", paramLabel = "VALUE", description = "Your answer.")
        String value;

        @Option(names = "--lab", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter or lab id (default: the current lab).")
        String which;

        @Mixin
        LabOptions options;

        Answer(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() {
            return checkStep(this, named(this, which), options, Optional.of(value));
        }
    }

    @Command(name = "hint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "The next hint for the current step: a nudge, then the command, then the full solution.")
    static final class Hint extends BaseCommand {
        @Parameters(arity = "0..1", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter or lab id (default: the current lab).")
        String which;

        @Mixin
        LabOptions options;

        Hint(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() {
            LabCatalog catalog = catalog(ctx, this);
            Progress progress = loadProgressToRecord();
            Lab lab = choose(catalog, progress, named(this, which), this);
            Optional<Step> current = Labs.currentStep(lab, progress);
            if (current.isEmpty()) {
                out().println("Lab " + lab.id() + " is done: no hints left to give.");
                return ExitCodes.OK;
            }
            Step step = current.get();
            // A hint is reading: when progress cannot be saved it is still shown (the notice said why).
            Progress after = recordProgress(p -> {
                LabRecord r = p.openLab(lab.id(), Instant.now());
                if (r.hintsUsed(step.id()) < step.hintLevels()) {
                    r.useHint(step.id());
                }
            });
            int level = after.lab(lab.id()).hintsUsed(step.id());
            Map<String, String> params = params(ctx, lab, options);
            Styles s = Styles.of(style());
            String where = " (step " + (lab.indexOf(step) + 1) + " of lab " + lab.id() + ")";
            if (level <= step.hints().size()) {
                String head = "Hint " + level + " of " + step.hintLevels() + where + ": ";
                String hint = LabCatalog.fill(step.hints().get(level - 1), params);
                // A command is never wrapped, so it can be copied whole; a sentence that starts with one is prose.
                if ((hint.startsWith("docker ") || hint.startsWith("curl ")) && !hint.contains(". ")) {
                    out().println(s.bold(head));
                    out().println("  " + hint); // a command: never wrapped, so it can be copied whole
                } else {
                    out().println(s.bold(head) + wrap(head + hint, width(this), "  ").substring(head.length()));
                }
                if (level < step.hintLevels() && progressIsSaved()) { // unsaved, it would give this hint again
                    out().println(s.dim("More: dockernotes lab hint"));
                }
            } else {
                out().println(s.bold("Solution" + where + ":"));
                step.solution().forEach(line -> out().println("  " + LabCatalog.fill(line, params)));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Every lab: steps done and hints used.")
    static final class Status extends BaseCommand {
        @Mixin
        JsonOption json;

        Status(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() throws Exception {
            LabCatalog catalog = catalog(ctx, this);
            Progress progress = loadProgress();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Lab lab : catalog.labs()) {
                LabRecord r = progress.labRecords().get(lab.id());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("lab", lab.id());
                row.put("chapter", lab.chapter());
                row.put("title", lab.title());
                row.put("steps", lab.steps().size());
                row.put("done", Labs.finishedCount(lab, progress));
                row.put("hints", r == null ? 0 : r.hints().values().stream().mapToInt(Integer::intValue).sum());
                row.put("finished", Labs.currentStep(lab, progress).isEmpty());
                row.put("open", progress.currentLab().filter(lab.id()::equals).isPresent());
                rows.add(row);
            }
            if (json.json()) {
                out().println(ctx.json().writeValueAsString(rows));
                return ExitCodes.OK;
            }
            Styles s = Styles.of(style());
            Optional<Lab> open = current(catalog, progress);
            out().println(open.map(l -> "Open lab: " + s.bold(l.id()) + Labs.currentStep(l, progress)
                            .map(st -> " (step " + (l.indexOf(st) + 1) + " of " + l.steps().size() + ")").orElse(""))
                    .orElse("No lab is open: open one with dockernotes lab LAB"));
            int width = catalog.labs().stream().mapToInt(l -> l.id().length()).max().orElse(10);
            List<String> done = rows.stream().map(row -> {
                int hints = (int) row.get("hints");
                return row.get("done") + "/" + row.get("steps") + " steps"
                        + (hints > 0 ? ", " + hints + (hints == 1 ? " hint" : " hints") : "");
            }).toList();
            int doneWidth = done.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                boolean finished = (Boolean) row.get("finished");
                String mark = finished ? s.green("done") : (int) row.get("done") > 0 || (Boolean) row.get("open")
                        ? s.yellow("busy") : "    ";
                out().println(mark + "  " + s.bold(ChaptersCommand.pad((String) row.get("lab"), width)) + "  "
                        + ChaptersCommand.pad(done.get(i), doneWidth) + "  " + s.dim((String) row.get("title")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Start a lab again (a chapter: all of its labs): list what it will remove, ask, then remove",
                "only what the lab made itself (labelled dockernotes.lab) or what its checks saw you make during",
                "the lab (by exact id), and forget its progress. Anything else with a lab's name is left as is.",
                "Asks first unless --yes is given; no answer (end of input) means no."})
    static final class Reset extends BaseCommand {
        @Parameters(arity = "0..1", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter (all its labs) or a lab id (default: the open lab).")
        String which;

        @Option(names = "--keep-engine", description = "Only forget the progress; leave the engine as it is.")
        boolean keepEngine;

        @Option(names = {"-y", "--yes"}, description = "Do not ask; reset right away.")
        boolean yes;

        @Mixin
        LabOptions options;

        Reset(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() {
            LabCatalog catalog = catalog(ctx, this);
            Progress progress = loadProgress();
            String name = named(this, which);
            List<Lab> labs = name == null
                    ? List.of(current(catalog, progress).orElseThrow(() -> new DockernotesException(
                            "no lab is open; name the lab to reset: dockernotes lab reset LAB")))
                    : LabCommand.named(catalog, name, this);
            List<dev.dockernotes.lab.Reset.Plan> plans = new ArrayList<>();
            if (!keepEngine) {
                try (Engine engine = Engines.connect(ctx.env().variables())) {
                    for (Lab lab : labs) {
                        plans.add(dev.dockernotes.lab.Reset.plan(engine, lab,
                                Optional.ofNullable(progress.labRecords().get(lab.id())), params(ctx, lab, options)));
                    }
                }
            }
            List<Lab> withProgress = labs.stream().filter(l -> Labs.started(l, progress)).toList();
            boolean removes = plans.stream().anyMatch(p -> !p.removesNothing());
            plans.forEach(p -> p.leftAlone().forEach(line -> out().println(line)));
            if (!removes && withProgress.isEmpty()) {
                out().println("Nothing to reset: " + labList(labs) + (labs.size() == 1 ? " has" : " have")
                        + " no progress and made nothing on the engine.");
                return ExitCodes.OK;
            }
            if (removes) {
                out().println("This removes:");
                plans.forEach(p -> p.remove().forEach(t -> out().println("  " + t.describe())));
            }
            if (!withProgress.isEmpty()) {
                out().println("and forgets the progress of " + labList(withProgress) + ".");
            }
            out().flush();
            Screens.Answer answer = yes ? Screens.Answer.YES : screens().confirm("Reset " + labList(labs) + "?", err());
            if (answer == Screens.Answer.NONE) {
                err().println("dockernotes: nothing reset: no answer (use --yes to skip the question)");
                return ExitCodes.FAILURE;
            }
            if (answer == Screens.Answer.NO) {
                out().println("Nothing reset.");
                return ExitCodes.OK;
            }
            int code = ExitCodes.OK;
            if (removes) {
                try (Engine engine = Engines.connect(ctx.env().variables())) {
                    for (dev.dockernotes.lab.Reset.Plan plan : plans) {
                        dev.dockernotes.lab.Reset.apply(engine, plan).forEach(line -> out().println(line));
                    }
                }
            }
            updateProgress(p -> labs.forEach(l -> p.forgetLab(l.id())));
            for (Lab lab : labs) {
                out().println("Lab " + lab.id() + " starts again at step 1: dockernotes lab " + lab.id());
            }
            return code;
        }

        private static String labList(List<Lab> labs) {
            return (labs.size() == 1 ? "lab " : "labs ") + String.join(", ", labs.stream().map(Lab::id).toList());
        }
    }

}
