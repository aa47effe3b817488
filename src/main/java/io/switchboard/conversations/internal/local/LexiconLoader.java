package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.ObjectionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a lexicon file: {@code [section]} headers, one entry per line, {@code #} comment lines, and
 * {@code @include <language>} to start from another lexicon (a code-mixed language reuses the
 * words it borrows). An unknown section fails loudly: a typo must not silently drop a rule.
 */
public final class LexiconLoader {

    private static final String FOLDER = "conversations/lexicon/";

    private LexiconLoader() {}

    public static Lexicon load(String language) {
        Map<String, List<String>> sections = sections(language);
        return new Lexicon(
                language,
                weights(singleWords(sections.get("sentiment"), true)),
                prefixes(singleWords(sections.get("sentiment"), true)),
                PhraseSet.of(names(singleWords(sections.get("sentiment"), false))),
                weights(singleWords(sections.get("sentiment"), false)),
                words(sections.get("negators")),
                words(sections.get("negators-after")),
                words(sections.get("contrast")),
                words(sections.get("affirmatives")),
                weights(sections.get("intensifiers")),
                phraseSets(sections, "cue ", name -> Cue.valueOf(name.toUpperCase(Locale.ROOT))),
                phraseSets(sections, "objection ", ObjectionKind::fromCode),
                phraseSets(sections, "topic ", name -> name.replace('_', ' ')),
                PhraseSet.of(sections.getOrDefault("time", List.of())));
    }

    static Map<String, List<String>> sections(String language) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String current = null;
        for (String line : read(language)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("@include ")) {
                sections(entry.substring("@include ".length()).strip())
                        .forEach((name, lines) -> sections.computeIfAbsent(name, n -> new ArrayList<>())
                                .addAll(lines));
            } else if (entry.startsWith("[") && entry.endsWith("]")) {
                current = entry.substring(1, entry.length() - 1).strip();
                checkSection(language, current);
                sections.computeIfAbsent(current, n -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(language + " lexicon: '" + entry + "' outside a section");
            } else {
                sections.get(current).add(TextNormalizer.fold(entry));
            }
        }
        return sections;
    }

    private static void checkSection(String language, String section) {
        boolean known =
                Set.of("sentiment", "negators", "negators-after", "contrast", "affirmatives", "intensifiers", "time")
                                .contains(section)
                        || section.startsWith("topic ")
                        || (section.startsWith("cue ") && isCue(section.substring(4)))
                        || (section.startsWith("objection ") && isObjection(section.substring(10)));
        if (!known) {
            throw new IllegalStateException(language + " lexicon: unknown section [" + section + "]");
        }
    }

    private static boolean isCue(String name) {
        return java.util.Arrays.stream(Cue.values()).anyMatch(c -> c.code().equals(name));
    }

    private static boolean isObjection(String name) {
        return java.util.Arrays.stream(ObjectionKind.values())
                .anyMatch(k -> k.toString().equals(name));
    }

    private static <K> Map<K, PhraseSet> phraseSets(
            Map<String, List<String>> sections, String prefix, java.util.function.Function<String, K> key) {
        Map<K, PhraseSet> sets = new LinkedHashMap<>();
        sections.forEach((name, lines) -> {
            if (name.startsWith(prefix)) {
                sets.put(key.apply(name.substring(prefix.length())), PhraseSet.of(lines));
            }
        });
        return sets;
    }

    /** Entries "term value" whose term is one word ({@code single}) or several. */
    private static List<String> singleWords(List<String> lines, boolean single) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .filter(l -> (l.strip().split("\\s+").length == 2) == single)
                        .toList();
    }

    private static Map<String, Double> weights(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            int split = line.lastIndexOf(' ');
            if (split < 0) {
                throw new IllegalStateException("lexicon entry '" + line + "' has no value");
            }
            weights.put(line.substring(0, split).strip(), Double.parseDouble(line.substring(split + 1)));
        }
        return weights;
    }

    private static Map<String, Double> prefixes(List<String> lines) {
        return weights(lines).entrySet().stream()
                .filter(e -> e.getKey().endsWith("*"))
                .collect(
                        Collectors.toMap(e -> e.getKey().substring(0, e.getKey().length() - 1), Map.Entry::getValue));
    }

    private static List<String> names(List<String> lines) {
        return lines.stream()
                .map(l -> l.substring(0, l.lastIndexOf(' ')).strip())
                .toList();
    }

    private static Set<String> words(List<String> lines) {
        return lines == null
                ? Set.of()
                : lines.stream()
                        .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
                        .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> read(String language) {
        try (InputStream in = LexiconLoader.class.getClassLoader().getResourceAsStream(FOLDER + language + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no lexicon for " + language);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
