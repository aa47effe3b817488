package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.ObjectionKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One language's words and phrases (loaded from {@code conversations/lexicon/<language>.txt} by
 * {@link LexiconLoader}): sentiment valences, negators and intensifiers, the cues that reveal
 * intent, objections, topics and time expressions.
 */
public record Lexicon(
        String language,
        Map<String, Double> valences,
        Map<String, Double> prefixValences,
        PhraseSet sentimentPhrases,
        Map<String, Double> phraseValences,
        Set<String> negators,
        Set<String> negatorsAfter,
        Set<String> contrasts,
        Set<String> affirmatives,
        Map<String, Double> intensifiers,
        Map<Cue, PhraseSet> cues,
        Map<ObjectionKind, PhraseSet> objections,
        Map<String, PhraseSet> topics,
        PhraseSet times) {

    public @Nullable Double valence(String word) {
        Double valence = valences.get(word);
        if (valence != null) {
            return valence;
        }
        for (Map.Entry<String, Double> prefix : prefixValences.entrySet()) {
            if (word.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return null;
    }

    public PhraseSet cue(Cue cue) {
        return cues.getOrDefault(cue, PhraseSet.empty());
    }

    /**
     * Whether a negator closes in on tokens {@code [start, end)}: up to three words before within
     * the clause, or (for languages that negate after the word) two words after.
     */
    public boolean negated(List<String> tokens, int start, int end) {
        for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
            String token = tokens.get(i);
            if (token.equals(Utterance.CLAUSE_BREAK)) {
                break;
            }
            if (negators.contains(token)) {
                return true;
            }
        }
        for (int i = end; i < Math.min(tokens.size(), end + 2); i++) {
            String token = tokens.get(i);
            if (token.equals(Utterance.CLAUSE_BREAK)) {
                break;
            }
            if (negatorsAfter.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words {@code [start, end)} contain a negator themselves ("not interested"). */
    public boolean containsNegator(List<String> tokens, int start, int end) {
        return tokens.subList(start, end).stream().anyMatch(t -> negators.contains(t) || negatorsAfter.contains(t));
    }
}
