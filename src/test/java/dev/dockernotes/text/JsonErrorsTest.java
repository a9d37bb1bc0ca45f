package dev.dockernotes.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {
    @Test
    void jacksonsHiddenSourceIsLeftOutAndWhereTheObjectOpenedKept() {
        String message = null;
        try {
            new ObjectMapper().readTree("{\"version\":1, \"read\": {");
        } catch (JsonProcessingException e) {
            message = JsonErrors.clean(e.getOriginalMessage());
        }
        assertThat(message).isEqualTo("Unexpected end-of-input: expected close marker for Object (opened at line 1, column 23)");
    }
}
