package dev.dockernotes.cli;

import dev.dockernotes.app.AppContext;
import dev.dockernotes.app.ExitCodes;
import dev.dockernotes.app.Screens;
import dev.dockernotes.app.Styles;
import dev.dockernotes.lab.Engines;
import dev.dockernotes.lab.Lab;
import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.lab.LabSession;
import dev.dockernotes.lab.Labs;
import dev.dockernotes.lab.Step;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Progress;
import dev.dockernotes.render.Wrapper;
import java.io.PrintWriter;
import java.time.Clock;
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
            LabCommand.Status.class, LabCommand.ResetLab.class},
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
        LabSession.Current current = session(this).openLab(which);
        printStep(this, current.lab(), current.progress(), options.given(), true);
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

    // ---- shared by the subcommands

    /** Text filled to the output width in columns (the one wrapper); {@code indent} starts every line after the first. */
    static String wrap(String text, int width, String indent) {
        return Wrapper.fill(text, "", indent, width);
    }

    static int width(BaseCommand cmd) {
        return Math.max(20, cmd.style().width());
    }

    /** The lab rules for a command of this run: the built-in labs of these notes, the progress file, the engine. */
    static LabSession session(BaseCommand cmd) {
        LabCatalog catalog = LabCatalog.loadBuiltIn(cmd.graph().chapters().stream().map(Topic::chapterKey)
                .collect(Collectors.toSet()));
        Map<String, String> env = cmd.ctx.env().variables();
        return new LabSession(catalog, name -> cmd.graph().findChapter(name).map(Topic::chapterKey),
                cmd.progressStore(), cmd.reporter()::error, env, () -> Engines.connect(env), Clock.systemUTC());
    }

    static void printStep(BaseCommand cmd, Lab lab, Progress progress, Map<String, String> given, boolean withIntro) {
        Styles s = Styles.of(cmd.style());
        Map<String, String> params = Labs.params(lab, cmd.ctx.env().variables(), given);
        Optional<Step> step = Labs.currentStep(lab, progress);
        int done = Labs.finishedCount(lab, progress);
        cmd.out().println(wrap(s.bold("Lab " + lab.id() + ": " + lab.title()) + s.dim(Wrapper.NBSP + " (" + lab.chapter() + ", "
                + done + " of " + lab.steps().size() + " steps done)"), width(cmd), "  "));
        if (step.isEmpty()) {
            cmd.out().println(wrap("This lab is done. Start it again with: " + Wrapper.keep(cmd.typed("lab reset " + lab.id())), width(cmd), "  "));
            return;
        }
        if (withIntro && done == 0 && !lab.intro().isEmpty()) {
            cmd.out().println(wrap(LabCatalog.fill(lab.intro(), params), width(cmd), ""));
        }
        Step st = step.get();
        cmd.out().println();
        String head = "Step " + (lab.indexOf(st) + 1) + " of " + lab.steps().size() + ": ";
        cmd.out().println(wrap(s.bold(head.strip()) + " " + LabCatalog.fill(st.task(), params), width(cmd), "  "));
        cmd.out().println();
        cmd.out().println(wrap(s.dim(st.wantsAnswer()
                ? "Then: " + Wrapper.keep(cmd.typed("lab answer VALUE")) + Wrapper.NBSP + "  (stuck? " + Wrapper.keep(cmd.typed("lab hint")) + ")"
                : "Then: " + Wrapper.keep(cmd.typed("lab check")) + Wrapper.NBSP + "  (stuck? " + Wrapper.keep(cmd.typed("lab hint")) + ")"),
                width(cmd), "  "));
    }

    /** Runs the checks of the current step; records what it found made; on success moves on. */
    static int checkStep(BaseCommand cmd, String which, LabOptions options, Optional<String> answer) {
        LabSession.Checked checked = session(cmd).check(which, answer, options.given());
        Lab lab = checked.lab();
        Styles s = Styles.of(cmd.style());
        PrintWriter out = cmd.out();
        if (checked instanceof LabSession.Checked.Done) {
            out.println(wrap("Lab " + lab.id() + " is done. Start it again with: " + Wrapper.keep(cmd.typed("lab reset " + lab.id())), width(cmd), "  "));
            return ExitCodes.OK;
        }
        if (checked instanceof LabSession.Checked.WrongKind wrong) {
            out.println(wrap("Step " + (lab.indexOf(wrong.step()) + 1) + " of lab " + lab.id() + (wrong.wantsAnswer()
                    ? " wants your answer: " + Wrapper.keep(cmd.typed("lab answer VALUE"))
                    : " wants no answer: do the task, then " + Wrapper.keep(cmd.typed("lab check"))), width(cmd), "  "));
            return ExitCodes.FAILURE;
        }
        if (checked instanceof LabSession.Checked.NotYet notYet) {
            out.println(wrap(s.yellow("Not yet") + " (step " + (lab.indexOf(notYet.step()) + 1) + " of lab " + lab.id() + "):", width(cmd), "  "));
            notYet.unmet().forEach(u -> out.println(Wrapper.fill(u, "  - ", "    ", width(cmd))));
            return ExitCodes.FAILURE;
        }
        LabSession.Checked.Passed passed = (LabSession.Checked.Passed) checked;
        Step step = passed.step();
        if (passed.already()) {
            out.println(s.green("Already done:") + " step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                    + " (" + step.id() + ") was so before you did anything for it; moving on.");
        } else {
            out.println(s.green("Done:") + " step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                    + " (" + step.id() + ").");
        }
        if (passed.finished()) {
            out.println(s.green("Lab " + lab.id() + " finished.")
                    + (passed.madeAnything() ? " Clean up what it made with: dockernotes lab reset " + lab.id() : ""));
            passed.next().ifPresent(n -> out.println("Next lab: dockernotes lab " + n.id() + "  (" + n.title() + ")"));
        } else {
            out.println();
            printStep(cmd, lab, passed.after(), options.given(), false);
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
            LabSession.Helped helped = session(this).hint(named(this, which), options.given());
            Lab lab = helped.lab();
            Styles s = Styles.of(style());
            if (helped instanceof LabSession.Helped.Done) {
                out().println("Lab " + lab.id() + " is done: no hints left to give.");
            } else if (helped instanceof LabSession.Helped.Hint hint) {
                String where = " (step " + (lab.indexOf(hint.step()) + 1) + " of lab " + lab.id() + ")";
                String head = "Hint " + hint.level() + " of " + hint.levels() + where + ": ";
                if (hint.isCommand()) {
                    out().println(wrap(s.bold(head.strip()), width(this), "  "));
                    // a command: whole, or broken at spaces with a backslash, so it can be copied and run
                    out().println(Wrapper.command(hint.text(), "  ", "      ", width(this)));
                } else {
                    out().println(wrap(s.bold(head.strip()) + " " + hint.text(), width(this), "  "));
                }
                if (hint.level() < hint.levels() && progressIsSaved()) { // unsaved, it would give this hint again
                    out().println(wrap(s.dim("More: " + Wrapper.keep(typed("lab hint"))), width(this), "  "));
                }
            } else if (helped instanceof LabSession.Helped.Solution solution) {
                out().println(wrap(s.bold("Solution (step " + (lab.indexOf(solution.step()) + 1) + " of lab " + lab.id() + "):"), width(this), "  "));
                solution.lines().forEach(line -> out().println(Wrapper.command(line, "  ", "      ", width(this))));
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
            LabSession session = session(this);
            LabCatalog catalog = session.catalog();
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
            Optional<Lab> open = session.open(progress);
            out().println(Wrapper.fill(open.map(l -> "Open lab: " + s.bold(l.id()) + Labs.currentStep(l, progress)
                            .map(st -> " " + Wrapper.keep("(step " + (l.indexOf(st) + 1) + " of " + l.steps().size() + ")")).orElse(""))
                    .orElse("No lab is open: open one with " + Wrapper.keep(typed("lab LAB"))), "", "  ", style().width()));
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
                out().println(ChaptersCommand.row(mark + "  " + s.bold(ChaptersCommand.pad((String) row.get("lab"), width)) + "  "
                        + ChaptersCommand.pad(done.get(i), doneWidth) + "  ", 4 + 2 + width + 2 + doneWidth + 2,
                        s.dim((String) row.get("title")), style().width()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Start a lab again (a chapter: all of its labs): list what it will remove, ask, then remove",
                "only what the lab made itself (labelled dockernotes.lab) or what its checks saw you make during",
                "the lab (by exact id), and forget its progress. Anything else with a lab's name is left as is.",
                "Asks first unless --yes is given; no answer (end of input) means no."})
    static final class ResetLab extends BaseCommand { // not lab.Reset, which removes what a lab made
        @Parameters(arity = "0..1", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter (all its labs) or a lab id (default: the open lab).")
        String which;

        @Option(names = "--keep-engine", description = "Only forget the progress; leave the engine as it is.")
        boolean keepEngine;

        @Option(names = {"-y", "--yes"}, description = "Do not ask; reset right away.")
        boolean yes;

        @Mixin
        LabOptions options;

        ResetLab(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() {
            LabSession session = session(this);
            LabSession.ResetPlan plan = session.planReset(named(this, which), keepEngine, options.given());
            List<Lab> labs = plan.labs();
            plan.engine().forEach(p -> p.leftAlone().forEach(line -> out().println(line)));
            if (plan.isEmpty()) {
                out().println("Nothing to reset: " + labList(labs) + (labs.size() == 1 ? " has" : " have")
                        + " no progress and made nothing on the engine.");
                return ExitCodes.OK;
            }
            if (plan.removes()) {
                out().println("This removes:");
                plan.engine().forEach(p -> p.remove().forEach(t -> out().println("  " + t.describe())));
            }
            if (!plan.withProgress().isEmpty()) {
                out().println("and forgets the progress of " + labList(plan.withProgress()) + ".");
            }
            out().flush();
            Screens.Answer answer = yes ? Screens.Answer.YES : screens().confirm("Reset " + labList(labs) + "?", err());
            if (answer == Screens.Answer.NONE) {
                reporter().error("nothing reset: no answer (use --yes to skip the question)");
                return ExitCodes.FAILURE;
            }
            if (answer == Screens.Answer.NO) {
                out().println("Nothing reset.");
                return ExitCodes.OK;
            }
            session.reset(plan).forEach(line -> out().println(line));
            for (Lab lab : labs) {
                out().println("Lab " + lab.id() + " starts again at step 1: dockernotes lab " + lab.id());
            }
            return ExitCodes.OK;
        }

        private static String labList(List<Lab> labs) {
            return (labs.size() == 1 ? "lab " : "labs ") + String.join(", ", labs.stream().map(Lab::id).toList());
        }
    }

}
