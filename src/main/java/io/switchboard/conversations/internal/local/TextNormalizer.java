package io.switchboard.conversations.internal.local;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what was said into comparable words: lower case, accents removed (lexicons are written
 * without them), English contractions expanded ("don't" to "do not") so that negations are plain
 * words, numbers kept whole ("$450,000", "5:30"), commas and semicolons kept as clause breaks.
 */
final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final Pattern TOKEN = Pattern.compile("\\$?\\d(?:[\\d,.:]*\\d)?%?|[\\p{L}]+|[,;:]");
    private static final String[][] CONTRACTIONS = {
        {"\\bcan't\\b", "can not"},
        {"\\bcannot\\b", "can not"},
        {"\\bwon't\\b", "will not"},
        {"\\bain't\\b", "is not"},
        {"\\bshan't\\b", "shall not"},
        {"n't\\b", " not"},
        {"'m\\b", " am"},
        {"'re\\b", " are"},
        {"'ll\\b", " will"},
        {"'ve\\b", " have"},
        {"'d\\b", " would"},
        {"\\blet's\\b", "let us"},
        {"\\b(it|that|there|here|he|she|what|who|where|how)'s\\b", "$1 is"},
        {"'s\\b", ""},
        {"\\bgonna\\b", "going to"},
        {"\\bwanna\\b", "want to"},
        {"\\bgotta\\b", "got to"},
        {"\\bo'clock\\b", "oclock"}
    };
    private static final Pattern[] CONTRACTION_PATTERNS =
            Arrays.stream(CONTRACTIONS).map(c -> Pattern.compile(c[0])).toArray(Pattern[]::new);
    /**
     * What a text must contain for each contraction to match (an apostrophe, else the word): most
     * sentences have none, and skip the expressions.
     */
    private static final String[] CONTRACTION_CLUES = Arrays.stream(CONTRACTIONS)
            .map(c -> c[0].contains("'") ? "'" : c[0].replace("\\b", ""))
            .toArray(String[]::new);

    private TextNormalizer() {}

    /** Lower case, no accents, straight apostrophes. */
    static String fold(String text) {
        // ASCII has no accents to take off: most English sentences skip the decomposition.
        String unmarked = isAscii(text)
                ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return unmarked.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('`', '\'');
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    static List<String> tokens(String text) {
        String folded = fold(text);
        for (int i = 0; i < CONTRACTION_PATTERNS.length; i++) {
            if (folded.contains(CONTRACTION_CLUES[i])) {
                folded = CONTRACTION_PATTERNS[i].matcher(folded).replaceAll(CONTRACTIONS[i][1]);
            }
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(folded);
        while (matcher.find()) {
            String token = matcher.group();
            boolean clauseBreak = token.length() == 1 && ",;:".contains(token);
            if (clauseBreak && (tokens.isEmpty() || tokens.getLast().equals(Utterance.CLAUSE_BREAK))) {
                continue;
            }
            tokens.add(clauseBreak ? Utterance.CLAUSE_BREAK : token);
        }
        return tokens;
    }
}
