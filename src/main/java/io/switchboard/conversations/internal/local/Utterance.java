package io.switchboard.conversations.internal.local;

import java.util.List;

/**
 * One sentence of one turn: the words as said ({@code raw}) and normalised ({@code tokens}, and
 * {@code text}: the tokens joined by single spaces, with a space at both ends so that phrases match
 * whole words). The token {@code |} marks a clause break (a comma, a semicolon).
 */
public record Utterance(int turn, SpeakerRole role, String raw, List<String> tokens, String text) {

    public static final String CLAUSE_BREAK = "|";

    public Utterance {
        tokens = List.copyOf(tokens);
    }

    static Utterance of(int turn, SpeakerRole role, String raw) {
        List<String> tokens = TextNormalizer.tokens(raw);
        return new Utterance(turn, role, raw.strip(), tokens, " " + String.join(" ", tokens) + " ");
    }

    public boolean isCustomer() {
        return role == SpeakerRole.CUSTOMER;
    }

    /** Words only, without clause breaks. */
    public int wordCount() {
        return (int) tokens.stream().filter(t -> !t.equals(CLAUSE_BREAK)).count();
    }

    public boolean isQuestion() {
        return raw.endsWith("?");
    }
}
