package io.switchboard.conversations.internal.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases matched against an {@link Utterance}'s normalised text, never across a clause break.
 * Syntax: words separated by spaces; {@code *} stands for up to three words, {@code <number>} for a
 * number, {@code <money>} for an amount of money ("$450,000", "300k", "50 lakh"), {@code word*} for
 * any word starting with {@code word}.
 */
public final class PhraseSet {

    private static final String NUMBER_WORD = "<number>";
    private static final String MONEY_WORD = "<money>";
    private static final String WORD = "[^ |]+";
    private static final String NUMBER = "(?:\\$?\\d[\\d,.:]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a couple of|a few|dos|tres|cuatro|cinco|seis"
            + "|siete|ocho|diez|quince|treinta)";
    private static final String MONEY = "(?:\\$\\d[\\d,.]*(?: (?:k|m|thousand|million|grand|lakh|lakhs|crore))?"
            + "|\\d[\\d,.]* (?:k|m|thousand|million|grand|dollars|bucks|lakh|lakhs|crore|euros|pesos|mil|rupees))";

    private final List<Phrase> phrases;

    private PhraseSet(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static PhraseSet of(List<String> phrases) {
        List<Phrase> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.strip().split("\\s+")) {
                words.addAll(normalize(word));
            }
            if (!words.isEmpty() && !words.stream().allMatch(w -> w.equals("*"))) {
                compiled.add(new Phrase(phrase, Pattern.compile(regex(words)), literals(words)));
            }
        }
        return new PhraseSet(compiled);
    }

    /** Keeps the wildcards, normalises words like the text they are matched against. */
    private static List<String> normalize(String word) {
        if (word.equals("*") || word.equals(NUMBER_WORD) || word.equals(MONEY_WORD)) {
            return List.of(word);
        }
        if (word.length() > 1 && word.endsWith("*")) {
            List<String> prefix = TextNormalizer.tokens(word.substring(0, word.length() - 1));
            return prefix.size() == 1 ? List.of(prefix.getFirst() + "*") : prefix;
        }
        return TextNormalizer.tokens(word).stream()
                .filter(t -> !t.equals(Utterance.CLAUSE_BREAK))
                .toList();
    }

    public static PhraseSet empty() {
        return new PhraseSet(List.of());
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Every occurrence of every phrase, in phrase order. */
    public List<Match> find(Utterance utterance) {
        List<Match> matches = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (!phrase.mayMatch(utterance.text())) {
                continue;
            }
            Matcher matcher = phrase.pattern().matcher(utterance.text());
            while (matcher.find()) {
                matches.add(new Match(
                        phrase.source(),
                        tokenIndex(utterance.text(), matcher.start() + 1),
                        tokenIndex(utterance.text(), matcher.end() + 1)));
            }
        }
        return matches;
    }

    /** A phrase found in an utterance: tokens {@code [start, end)}. */
    public record Match(String phrase, int start, int end) {

        public String text(Utterance utterance) {
            return String.join(" ", utterance.tokens().subList(start, end));
        }
    }

    /**
     * A compiled phrase and its plain words, each as {@code " word "}: every element of the regular
     * expression starts with a space and the last is followed by one, so a text the phrase matches
     * holds each plain word as a whole token. Most phrases are ruled out by that substring test
     * alone, without running their regular expression.
     */
    private record Phrase(String source, Pattern pattern, String[] literals) {

        boolean mayMatch(String text) {
            for (String literal : literals) {
                if (!text.contains(literal)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String[] literals(List<String> words) {
        return words.stream()
                .filter(w -> !w.endsWith("*") && !w.equals(NUMBER_WORD) && !w.equals(MONEY_WORD))
                .map(w -> " " + w + " ")
                .toArray(String[]::new);
    }

    static String regex(List<String> words) {
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (word.equals("*")) {
                regex.append("(?: ").append(WORD).append("){0,3}?");
            } else if (word.equals(NUMBER_WORD)) {
                regex.append(' ').append(NUMBER);
            } else if (word.equals(MONEY_WORD)) {
                regex.append(' ').append(MONEY);
            } else if (word.endsWith("*")) {
                regex.append(' ')
                        .append(Pattern.quote(word.substring(0, word.length() - 1)))
                        .append("[^ |]*");
            } else {
                regex.append(' ').append(Pattern.quote(word));
            }
        }
        return regex.append("(?= )").toString();
    }

    /** How many tokens end before {@code offset} (each token is followed by one space). */
    private static int tokenIndex(String text, int offset) {
        int spaces = 0;
        for (int i = 1; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces;
    }
}
