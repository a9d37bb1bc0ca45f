package dev.dockernotes.lab;

import dev.dockernotes.content.ContentFile;
import dev.dockernotes.content.ContentFiles;
import dev.dockernotes.content.LocatedJson;
import dev.dockernotes.content.Problem;
import dev.dockernotes.content.Source;
import dev.dockernotes.errors.DockernotesException;
import dev.dockernotes.notes.NotesLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The labs: versioned JSON files ({@code labs/*.json} in the jar, named by the build's
 * {@code labs/INDEX}, or a folder), read by the versioned-file rule of {@link ContentFile} and
 * validated by {@link LabReader}. Every problem is reported as {@code file:line:column: message} and
 * the bad lab is left out, so {@code check} can list them all and {@code lab} still works with the good ones.
 */
public final class LabCatalog {
    public static final int VERSION = 1;
    public static final String RESOURCE_DIR = "labs/";
    private static final ContentFile.Format FORMAT = new ContentFile.Format("lab", VERSION, "labs");

    private final List<Lab> labs;
    private final List<Problem> problems;
    private final int files;

    private LabCatalog(List<Lab> labs, List<Problem> problems, int files) {
        this.labs = List.copyOf(labs);
        this.problems = List.copyOf(problems);
        this.files = files;
    }

    public List<Lab> labs() {
        return labs;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int files() {
        return files;
    }

    public Optional<Lab> lab(String id) {
        return labs.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<Lab> ofChapter(String chapterKey) {
        return labs.stream().filter(l -> l.chapter().equals(chapterKey)).toList();
    }

    /** The labs shipped in the jar; {@code chapters} empty means any chapter is fine. */
    public static LabCatalog loadBuiltIn(Set<String> chapters) {
        List<Problem> problems = new ArrayList<>();
        List<Source> sources = ContentFiles.builtIn(LabCatalog.class.getClassLoader(), RESOURCE_DIR,
                NotesLoader.resourceNames(RESOURCE_DIR, ".json"), problems);
        return load(sources, chapters, problems);
    }

    /** The lab files ({@code *.json}) of a folder. */
    public static LabCatalog loadFolder(Path folder, Set<String> chapters) {
        if (!Files.isDirectory(folder)) {
            throw new DockernotesException(folder + ": no such folder of labs");
        }
        List<Problem> problems = new ArrayList<>();
        try {
            return load(ContentFiles.folder(folder, ".json", problems), chapters, problems);
        } catch (IOException e) {
            throw new DockernotesException(folder + ": cannot list lab files (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads and validates lab files; {@code problems} may already hold those of files that could not be read. */
    static LabCatalog load(List<Source> sources, Set<String> chapters, List<Problem> problems) {
        List<Lab> labs = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (Source source : sources) {
            Optional<ContentFile> read = ContentFile.read(source, FORMAT, problems);
            if (read.isEmpty()) {
                continue;
            }
            ContentFile file = read.get();
            LabReader reader = new LabReader(file);
            for (int i = 0; i < file.items().size(); i++) {
                Lab lab = reader.lab(file.items(), i);
                if (lab != null && unique(file, i, lab, firstSeen) && inTheNotes(file, i, lab, chapters)) {
                    labs.add(lab);
                }
            }
        }
        problems.sort(Problem.ORDER);
        return new LabCatalog(labs, problems, sources.size());
    }

    private static boolean unique(ContentFile file, int index, Lab lab, Map<String, String> firstSeen) {
        LocatedJson.Position at = file.json().at(file.items().get(index), "id");
        String earlier = firstSeen.putIfAbsent(lab.id(), file.path() + ":" + at.line() + ":" + at.column());
        if (earlier != null) {
            file.problem(file.items().get(index), "id", "duplicate lab id '" + lab.id() + "' (first at " + earlier + ")");
        }
        return earlier == null;
    }

    private static boolean inTheNotes(ContentFile file, int index, Lab lab, Set<String> chapters) {
        if (chapters.isEmpty() || chapters.contains(lab.chapter())) {
            return true;
        }
        file.problem(file.items().get(index), "chapter", "lab '" + lab.id() + "': no chapter '" + lab.chapter() + "' in the notes"
                + " (see 'dockernotes chapters')");
        return false;
    }

    /** Fills ${name} from the parameters; unknown names stay as they are (see {@link Templates#fill}). */
    public static String fill(String text, Map<String, String> params) {
        return Templates.fill(text, params);
    }
}
