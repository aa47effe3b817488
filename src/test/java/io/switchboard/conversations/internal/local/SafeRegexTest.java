package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SafeRegexTest {

    @Test
    void findsCaseInsensitively() {
        var match = SafeRegex.find(SafeRegex.compile("budget of (\\$\\d+k)"), "Our BUDGET of $400k is firm");
        assertThat(match).hasValueSatisfying(m -> assertThat(m.group(1)).isEqualTo("$400k"));
    }

    @Test
    void aCatastrophicPatternGivesUpInsteadOfHanging() {
        String text = "a".repeat(40) + "!";
        long started = System.nanoTime();
        var match = SafeRegex.find(SafeRegex.compile("(a+)+$"), text);
        assertThat(match).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
