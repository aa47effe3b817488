package io.switchboard.conversations.internal.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of a conversation from its most frequent words (English first: it wins ties
 * and short, unclear texts). Devanagari script is Hindi. A language the caller states is trusted.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";
    private static final double MIN_SHARE = 0.08;

    private final Map<String, Set<String>> frequentWords;

    public LanguageDetector() {
        this.frequentWords = load();
    }

    public record DetectedLanguage(String code, double confidence) {}

    public DetectedLanguage detect(@Nullable String stated, List<String> texts) {
        if (stated != null && !stated.isBlank()) {
            return new DetectedLanguage(canonical(stated), 1.0);
        }
        String joined = String.join(" ", texts);
        if (devanagariShare(joined) > 0.3) {
            return new DetectedLanguage("hi", 0.9);
        }
        List<String> words = TextNormalizer.tokens(joined).stream()
                .filter(t -> Character.isLetter(t.charAt(0)))
                .toList();
        if (words.isEmpty()) {
            return new DetectedLanguage("en", 0.1);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        frequentWords.forEach((language, common) ->
                shares.put(language, words.stream().filter(common::contains).count() / (double) words.size()));
        return choose(shares);
    }

    /** The language with the largest share of frequent words; English first on a tie. */
    private static DetectedLanguage choose(Map<String, Double> shares) {
        List<Map.Entry<String, Double>> ranked = shares.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        double top = ranked.getFirst().getValue();
        if (top < MIN_SHARE) {
            return new DetectedLanguage("en", 0.2);
        }
        double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        double confidence = Math.min(1.0, 0.5 + (top - runnerUp) / top);
        return new DetectedLanguage(ranked.getFirst().getKey(), Math.round(confidence * 100) / 100.0);
    }

    /** {@code es-MX} reads as {@code es}; a script subtag is kept ({@code hi-Latn}). */
    static String canonical(String tag) {
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        String language = locale.getLanguage().isEmpty() ? UNDETERMINED : locale.getLanguage();
        return locale.getScript().isEmpty() ? language : language + "-" + locale.getScript();
    }

    private static double devanagariShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long devanagari = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI)
                .count();
        return letters == 0 ? 0 : devanagari / (double) letters;
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in =
                LanguageDetector.class.getClassLoader().getResourceAsStream("conversations/languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("conversations/languages.txt is missing");
            }
            Map<String, Set<String>> words = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> words.put(
                            l.substring(0, l.indexOf(':')).strip(),
                            Arrays.stream(l.substring(l.indexOf(':') + 1)
                                            .strip()
                                            .split("\\s+"))
                                    .collect(Collectors.toUnmodifiableSet())));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
