package io.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The time formatter's answers are markup (a {@code <time>} element carrying the instant and the full
 * date as a tooltip), so a template writes them with {@code th:utext}: through {@code th:text} the
 * page shows the element's source ("since &lt;time datetime=…"), as the agent desk did.
 */
class TemplateTimesTest {

    private static final Pattern ESCAPED =
            Pattern.compile("th:text=\"[^\"]*#times\\.(at|zoned|due|day|clock|relative)\\(");

    @Test
    void timesAreWrittenAsMarkup() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> escaped = files.filter(f -> f.toString().endsWith(".html"))
                    .flatMap(f -> lines(f).stream()
                            .filter(line -> ESCAPED.matcher(line).find())
                            .map(line -> f + ": " + line.strip()))
                    .toList();
            assertThat(escaped).isEmpty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
