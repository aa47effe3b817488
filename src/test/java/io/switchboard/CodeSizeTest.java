package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size guide of STYLE.md (files up to ~300 lines, methods up to ~30) as a ratchet: today's
 * offenders are listed with their current size in {@code code-size-allowlist.txt}; an offender may
 * shrink but not grow, and no new one may appear. Run with {@code -Dcode-size.rewrite=true} to
 * write the list as it is now (then review the diff: it should only ever get shorter or smaller).
 */
class CodeSizeTest {

    static final int MOST_FILE_LINES = 300;
    static final int MOST_METHOD_LINES = 30;

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path GENERATED = SOURCES.resolve("io/switchboard/db");
    private static final Path ALLOWLIST = Path.of("src/test/resources/code-size-allowlist.txt");

    @Test
    void noFileOrMethodGrowsPastTheSizeGuide() throws IOException {
        Map<String, Integer> offenders = offenders();
        if (Boolean.getBoolean("code-size.rewrite")) {
            write(offenders);
        }
        Map<String, Integer> allowed = read();
        List<String> problems = new ArrayList<>();
        offenders.forEach((key, size) -> {
            Integer before = allowed.get(key);
            if (before == null) {
                problems.add(
                        "new: %s has %d lines (most %d): split it along a real seam".formatted(key, size, limit(key)));
            } else if (size > before) {
                problems.add("grew: %s has %d lines, allowed %d: split it".formatted(key, size, before));
            } else if (size < before) {
                problems.add("shrank: %s has %d lines, lower its entry to %d".formatted(key, size, size));
            }
        });
        allowed.keySet().stream()
                .filter(key -> !offenders.containsKey(key))
                .forEach(key -> problems.add("fits now: remove the entry %s".formatted(key)));
        assertThat(problems)
                .as(
                        "sizes against %s (%d files, %d methods over the limit)",
                        ALLOWLIST, files(offenders), methods(offenders))
                .isEmpty();
    }

    @Test
    void methodsAreMeasuredFromTheirBraces() {
        String source =
                """
                package x;

                @Ann({"a", "b"})
                record R(int a) {
                    R {
                        if (a < 0) {
                            throw new IllegalArgumentException("}{");
                        }
                    }

                    // a comment with a brace {
                    @GetMapping("/x")
                    java.util.List<String> names(@Param("p") String p) throws Exception {
                        Runnable r = () -> {
                            System.out.println('{');
                        };
                        return List.of(\"""
                                text { block
                                \""");
                    }

                    static {
                        int[] none = {1, 2};
                    }
                }
                """;
        assertThat(SourceFile.methods(source)).containsExactlyInAnyOrderEntriesOf(Map.of("R.R", 5, "R.names", 8));
    }

    /** Key {@code path} for a file, {@code path#Type.method} for a method (overloads share the longest). */
    static Map<String, Integer> offenders() throws IOException {
        Map<String, Integer> offenders = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(GENERATED))
                    .toList()) {
                String path = SOURCES.relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file, StandardCharsets.UTF_8);
                int lines = (int) source.lines().count();
                if (lines > MOST_FILE_LINES) {
                    offenders.put(path, lines);
                }
                SourceFile.methods(source).forEach((method, length) -> {
                    if (length > MOST_METHOD_LINES) {
                        offenders.put(path + "#" + method, length);
                    }
                });
            }
        }
        return offenders;
    }

    private static int limit(String key) {
        return key.contains("#") ? MOST_METHOD_LINES : MOST_FILE_LINES;
    }

    private static long files(Map<String, Integer> offenders) {
        return offenders.keySet().stream().filter(k -> !k.contains("#")).count();
    }

    private static long methods(Map<String, Integer> offenders) {
        return offenders.keySet().stream().filter(k -> k.contains("#")).count();
    }

    private static Map<String, Integer> read() throws IOException {
        Map<String, Integer> allowed = new TreeMap<>();
        for (String line : Files.readAllLines(ALLOWLIST)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                String[] parts = entry.split("\\s+");
                allowed.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return allowed;
    }

    private static void write(Map<String, Integer> offenders) {
        StringBuilder text = new StringBuilder(
                """
                # Today's files over %d lines and methods over %d lines (STYLE.md), with their size.
                # CodeSizeTest fails when one grows, a new one appears or one shrinks without its entry
                # following; remove an entry once it fits. Keys: path under src/main/java[#Type.method].
                """
                        .formatted(MOST_FILE_LINES, MOST_METHOD_LINES));
        offenders.forEach(
                (key, size) -> text.append(key).append(' ').append(size).append('\n'));
        try {
            Files.writeString(ALLOWLIST, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
