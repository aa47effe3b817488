package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.FieldType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a typed value out of a customer's answer: an amount, a number, a date or the text. */
final class FieldValues {

    private static final Pattern MONEY = Pattern.compile(
            "(?i)(?:[$€£₹]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|million|thousand|grand|lakh|crore)\\b)?"
                    + "|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:k|million|thousand|grand|dollars|bucks|lakh|lakhs|crore"
                    + "|euros|pesos|mil|rupees)\\b|\\bhalf a million\\b)");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\b");
    private static final Pattern DATE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
                    + "(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("uno", "1"),
            Map.entry("dos", "2"),
            Map.entry("tres", "3"),
            Map.entry("cuatro", "4"),
            Map.entry("cinco", "5"),
            Map.entry("seis", "6"),
            Map.entry("paanch", "5"));

    private FieldValues() {}

    static @Nullable String read(FieldType type, String answer, @Nullable Lexicon lexicon) {
        return switch (type) {
            case TEXT -> answer;
            case MONEY -> first(MONEY, answer);
            case NUMBER -> number(answer);
            case DATE -> date(answer, lexicon);
        };
    }

    private static @Nullable String number(String answer) {
        String digits = first(NUMBER, answer);
        if (digits != null) {
            return digits;
        }
        List<String> tokens = TextNormalizer.tokens(answer);
        return tokens.stream()
                .map(t -> NUMBER_WORDS.get(t.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String date(String answer, @Nullable Lexicon lexicon) {
        String explicit = first(DATE, answer);
        if (explicit != null || lexicon == null) {
            return explicit;
        }
        return CallbackDetector.time(Utterance.of(0, SpeakerRole.CUSTOMER, answer), lexicon);
    }

    private static @Nullable String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group().strip() : null;
    }
}
