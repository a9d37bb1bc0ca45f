package dev.dockernotes.cli;

import dev.dockernotes.DockernotesException;
import dev.dockernotes.lab.Checker;
import dev.dockernotes.lab.Engine;
import dev.dockernotes.lab.Engines;
import dev.dockernotes.lab.Lab;
import dev.dockernotes.lab.LabCatalog;
import dev.dockernotes.lab.Labs;
import dev.dockernotes.lab.Reset;
import dev.dockernotes.lab.Step;
import dev.dockernotes.notes.Topic;
import dev.dockernotes.progress.LabRecord;
import dev.dockernotes.progress.Progress;
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
        Progress progress = loadProgress();
        Lab lab = choose(catalog, progress, which, this);
        if (which != null) {
            recordProgress(p -> p.lab(lab.id()));
        }
        printStep(this, lab, progress, options.given(), true);
        return ExitCodes.OK;
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

    /** The lab named (a lab id or a chapter), else the current one. */
    static Lab choose(LabCatalog catalog, Progress progress, String which, BaseCommand cmd) {
        if (which != null && !which.isBlank()) {
            Optional<Lab> byId = catalog.lab(which.trim());
            if (byId.isPresent()) {
                return byId.get();
            }
            Optional<Topic> chapter = cmd.graph().findChapter(which.trim());
            if (chapter.isPresent()) {
                List<Lab> labs = catalog.ofChapter(chapter.get().chapterKey());
                if (labs.isEmpty()) {
                    throw new DockernotesException("no lab for " + chapter.get().chapterKey() + " yet");
                }
                return labs.stream().filter(l -> Labs.currentStep(l, progress).isPresent()).findFirst().orElse(labs.get(0));
            }
            List<String> ids = catalog.labs().stream().map(Lab::id).toList();
            throw new DockernotesException("no lab or chapter \"" + which + "\" (labs: " + String.join(", ", ids) + ")");
        }
        return Labs.current(catalog.labs(), progress).orElseThrow(() -> new DockernotesException(
                "every lab is done; start one again with: dockernotes lab reset LAB"));
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

    /** Runs the checks of the current step; on success records it and shows the next. */
    static int checkStep(BaseCommand cmd, String which, LabOptions options, Optional<String> answer) {
        LabCatalog catalog = catalog(cmd.ctx, cmd);
        Progress progress = cmd.loadProgress();
        Lab lab = choose(catalog, progress, which, cmd);
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
        List<String> unmet;
        try (Engine engine = Engines.connect(cmd.ctx.env().variables())) {
            unmet = new Checker(engine, params).unmet(lab, step, answer);
        }
        if (!unmet.isEmpty()) {
            cmd.out().println(s.yellow("Not yet") + " (step " + (lab.indexOf(step) + 1) + " of lab " + lab.id() + "):");
            unmet.stream().distinct().forEach(u -> cmd.out().println("  - " + wrap(u, width(cmd) - 4, "    ")));
            return ExitCodes.FAILURE;
        }
        Progress after = cmd.updateProgress(p -> p.lab(lab.id()).finish(step.id()));
        cmd.out().println(s.green("Done:") + " step " + (lab.indexOf(step) + 1) + " of lab " + lab.id()
                + " (" + step.id() + ").");
        if (Labs.currentStep(lab, after).isEmpty()) {
            cmd.out().println(s.green("Lab " + lab.id() + " finished.")
                    + " Clean up what it made with: dockernotes lab reset " + lab.id());
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
            return checkStep(this, which, options, Optional.empty());
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
            return checkStep(this, which, options, Optional.of(value));
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
            Progress progress = loadProgress();
            Lab lab = choose(catalog, progress, which, this);
            Optional<Step> current = Labs.currentStep(lab, progress);
            if (current.isEmpty()) {
                out().println("Lab " + lab.id() + " is done: no hints left to give.");
                return ExitCodes.OK;
            }
            Step step = current.get();
            Progress after = updateProgress(p -> {
                LabRecord r = p.lab(lab.id());
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
                if (hint.startsWith("docker ") || hint.startsWith("curl ")) {
                    out().println(s.bold(head));
                    out().println("  " + hint); // a command: never wrapped, so it can be copied whole
                } else {
                    out().println(s.bold(head) + wrap(head + hint, width(this), "  ").substring(head.length()));
                }
                if (level < step.hintLevels()) {
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
                rows.add(row);
            }
            if (json.json()) {
                out().println(ctx.json().writeValueAsString(rows));
                return ExitCodes.OK;
            }
            Styles s = Styles.of(style());
            int width = catalog.labs().stream().mapToInt(l -> l.id().length()).max().orElse(10);
            for (Map<String, Object> row : rows) {
                boolean finished = (Boolean) row.get("finished");
                String mark = finished ? s.green("done") : (int) row.get("done") > 0 ? s.yellow("busy") : "    ";
                int hints = (int) row.get("hints");
                out().println(mark + "  " + s.bold(ChaptersCommand.pad((String) row.get("lab"), width)) + "  "
                        + row.get("done") + "/" + row.get("steps") + " steps"
                        + (hints > 0 ? ", " + hints + (hints == 1 ? " hint" : " hints") : "") + "  " + s.dim((String) row.get("title")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Start a lab again: remove the containers and volumes it made or asked you to make",
                "(nothing else on the engine), and forget its progress."})
    static final class Reset extends BaseCommand {
        @Parameters(arity = "0..1", paramLabel = "CHAPTER|LAB", completionCandidates = LabCandidates.class, description = "A chapter or lab id (default: the current lab).")
        String which;

        @Option(names = "--keep-engine", description = "Only forget the progress; leave the engine as it is.")
        boolean keepEngine;

        @Mixin
        LabOptions options;

        Reset(AppContext ctx) {
            super(ctx);
        }

        @Override
        protected int run() {
            LabCatalog catalog = catalog(ctx, this);
            Progress progress = loadProgress();
            Lab lab = which == null ? lastTouched(catalog, progress) : choose(catalog, progress, which, this);
            int code = ExitCodes.OK;
            if (!keepEngine) {
                Map<String, String> params = params(ctx, lab, options);
                try (Engine engine = Engines.connect(ctx.env().variables())) {
                    List<String> removed = dev.dockernotes.lab.Reset.clean(engine, lab, params);
                    removed.forEach(line -> out().println(line));
                    if (removed.isEmpty()) {
                        out().println("nothing of lab " + lab.id() + " on the engine");
                    }
                } catch (dev.dockernotes.lab.EngineException e) {
                    err().println("dockernotes: could not clean the engine: " + e.getMessage());
                    code = ExitCodes.FAILURE;
                }
            }
            updateProgress(p -> p.forgetLab(lab.id()));
            out().println("Lab " + lab.id() + " starts again at step 1: dockernotes lab " + lab.id());
            return code;
        }

        private Lab lastTouched(LabCatalog catalog, Progress progress) {
            List<Lab> started = catalog.labs().stream().filter(l -> Labs.started(l, progress)).toList();
            if (started.isEmpty()) {
                throw new DockernotesException("no lab started yet; name the lab to reset: dockernotes lab reset LAB");
            }
            return Labs.current(started, progress).orElse(started.get(started.size() - 1));
        }
    }

}
