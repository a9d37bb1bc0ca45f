package dev.dockernotes.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void whatTheLauncherFoundIsTakenWithoutAskingTheJdk() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(Environment.bothTerminals("yes", () -> asked.incrementAndGet() < 0)).isTrue();
        assertThat(Environment.bothTerminals("no", () -> asked.incrementAndGet() > 0)).isFalse();
        assertThat(asked).as("System.console() (a Console and its Formatter) was not built").hasValue(0);
    }

    @Test
    void withoutTheLauncherSystemConsoleDecides() {
        // java -jar target/dockernotes.jar, an IDE, the tests: no property, the JDK's answer
        assertThat(Environment.bothTerminals(null, () -> true)).isTrue();
        assertThat(Environment.bothTerminals(null, () -> false)).isFalse();
        assertThat(Environment.bothTerminals("maybe", () -> false)).as("an odd value is no answer").isFalse();
        assertThat(Environment.bothTerminals("maybe", () -> true)).isTrue();
    }
}
