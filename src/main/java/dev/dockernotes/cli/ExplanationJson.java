package dev.dockernotes.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dockernotes.docker.DockerCli;
import dev.dockernotes.explain.Explanation;
import dev.dockernotes.explain.Explanation.ExplainedToken;
import dev.dockernotes.explain.Explanation.Part;
import java.util.List;
import java.util.Locale;

/**
 * What {@code explain --json} prints, as records Jackson writes in their order: the explanation,
 * every token of every command of a line (also flat, in {@code tokens}), the notes it quotes with
 * their corrections, and the plugin notes. Fields that only some tokens or notes have are left out
 * where they are empty.
 */
record ExplanationJson(String input, String kind, boolean found, String canonical, List<String> aliases, String usage,
                       String description, List<TokenJson> tokens, @JsonInclude(Include.NON_EMPTY) List<PartJson> commands,
                       List<NoteJson> notes, List<UseJson> uses, List<FlagJson> flags, List<String> related,
                       List<TopicJson> relatedTopics, List<String> sources, List<String> problems, String suggestion,
                       List<String> nearest, List<String> pluginNotes) {

    static ExplanationJson of(Explanation e, List<String> pluginNotes) {
        List<PartJson> parts = e.commands().stream().map(PartJson::of).toList();
        return new ExplanationJson(e.input(), e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.found(),
                e.canonical(), e.aliases(), e.usage(), e.description(), parts.stream().flatMap(p -> p.tokens().stream()).toList(),
                parts, e.notes().stream().map(NoteJson::of).toList(), e.uses().stream().map(UseJson::of).toList(),
                e.flags().stream().map(FlagJson::of).toList(), e.related(),
                e.relatedTopics().stream().map(t -> new TopicJson(t.id(), t.title())).toList(), e.sources(), e.problems(),
                e.suggestion(), e.nearest(), pluginNotes);
    }

    record TokenJson(String text, String kind, String role, @JsonInclude(Include.NON_EMPTY) List<String> flags,
                     @JsonInclude(Include.NON_EMPTY) String flag, String meaning, @JsonInclude(Include.NON_NULL) String installed,
                     @JsonInclude(Include.NON_EMPTY) List<NoteJson> notes) {
        static TokenJson of(ExplainedToken t) {
            return new TokenJson(t.token().text(), t.token().kind().label(), t.token().role(), t.token().flags(),
                    t.token().flag(), t.token().meaning(), t.installed(), t.notes().stream().map(NoteJson::of).toList());
        }
    }

    record PartJson(String text, String canonical, String description, List<TokenJson> tokens, List<String> problems,
                    String operator) {
        static PartJson of(Part p) {
            return new PartJson(p.source(), p.canonical(), p.description(), p.tokens().stream().map(TokenJson::of).toList(),
                    p.problems(), p.operator());
        }
    }

    /** A quoted note; its first correction as {@code correction}, all of them as {@code corrections} when there are more. */
    record NoteJson(String topic, String title, String text, @JsonInclude(Include.NON_NULL) CorrectionsJson.Brief correction,
                    @JsonInclude(Include.NON_NULL) List<CorrectionsJson.Brief> corrections) {
        static NoteJson of(Explanation.Note n) {
            List<CorrectionsJson.Brief> all = n.corrections().stream().map(CorrectionsJson::brief).toList();
            return new NoteJson(n.topic(), n.title(), n.text(), all.isEmpty() ? null : all.get(0), all.size() > 1 ? all : null);
        }
    }

    record UseJson(String topic, int line, String text) {
        static UseJson of(Explanation.Use u) {
            return new UseJson(u.topic(), u.line(), u.text());
        }
    }

    record FlagJson(@JsonProperty("short") String shortName, @JsonProperty("long") String longName, String type,
                    String description) {
        static FlagJson of(DockerCli.Flag f) {
            return new FlagJson(f.shortName().isEmpty() ? null : f.shortName(), f.longName(),
                    f.type().isEmpty() ? null : f.type(), f.description());
        }
    }

    record TopicJson(String id, String title) {}
}
