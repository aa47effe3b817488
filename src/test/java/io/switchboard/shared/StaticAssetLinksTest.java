package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates link the console's files through {@code @{...}}, which adds the content hash: a plain
 * "/js/x.js" would be cached by browsers for a year under a URL that does not change with the file.
 */
class StaticAssetLinksTest {

    private static final Pattern PLAIN = Pattern.compile("(?<![:\\w])(?:href|src)=\"/(?:css|js|img|webjars)/");

    @Test
    void noTemplateLinksAStaticFileWithoutItsHash() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> plain = files.filter(f -> f.toString().endsWith(".html"))
                    .flatMap(f -> lines(f).stream()
                            .filter(line -> PLAIN.matcher(line).find())
                            .map(line -> f + ": " + line.strip()))
                    .toList();
            assertThat(plain).isEmpty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
