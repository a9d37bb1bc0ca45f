package dev.dockernotes.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.dockernotes.text.JsonErrors;

/**
 * The JSON settings of the progress file, for {@link ProgressReader} and {@link ProgressWriter}:
 * jackson-core's streaming parser and generator only (no object mapper: none of databind's start-up
 * cost on {@code learn}, {@code progress} or a quiz).
 */
final class ProgressJson {
    /**
     * No limit on the length of a string or a name (the file is our own; Jackson's default 20 MB
     * limit would call a valid file with a long field corrupt); names are not interned (a learner
     * has thousands of question ids, each a name) and a file whose names collide in the symbol
     * table still loads. Immutable settings, safe to share between threads.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
            .build();

    private ProgressJson() {}

    /** A parse error as one line: what, and where ("at line 3, column 7"). */
    static String describe(JsonProcessingException e) {
        String m = JsonErrors.clean(e.getOriginalMessage());
        if (e.getLocation() != null) {
            m += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        return m;
    }
}
