package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Objection;
import io.switchboard.conversations.ObjectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a lexicon's cues and objections in a conversation. A cue that is negated ("I do not need a
 * bigger place") does not count, unless the phrase is itself a negation ("not interested"). A time
 * in a sentence asking for a call back is about the call, not about buying: it is no timeline.
 */
final class CueDetector {

    private static final int MAX_QUOTE = 200;

    private CueDetector() {}

    static Signals detect(Conversation conversation, Lexicon lexicon) {
        Map<Cue, List<Signals.Hit>> hits = new EnumMap<>(Cue.class);
        for (Cue cue : Cue.values()) {
            PhraseSet phrases = lexicon.cue(cue);
            for (Utterance utterance : conversation.utterances()) {
                if (cue.saidBy(utterance)) {
                    for (PhraseSet.Match match : phrases.find(utterance)) {
                        if (!negated(lexicon, utterance, match)) {
                            hits.computeIfAbsent(cue, c -> new ArrayList<>())
                                    .add(new Signals.Hit(utterance, match.phrase()));
                        }
                    }
                }
            }
        }
        acceptedProposals(conversation, hits.getOrDefault(Cue.PROPOSAL, List.of()), lexicon)
                .forEach(hit -> hits.computeIfAbsent(Cue.COMMITMENT, c -> new ArrayList<>())
                        .add(hit));
        List<Signals.Hit> callbacks = hits.getOrDefault(Cue.CALLBACK, List.of());
        hits.computeIfPresent(Cue.TIMELINE, (cue, found) -> {
            found.removeIf(hit -> callbacks.stream().anyMatch(c -> c.utterance() == hit.utterance()));
            return found.isEmpty() ? null : found;
        });
        return new Signals(hits, objections(conversation, lexicon));
    }

    /** An agent's question proposing a next step that the customer's next turn opens with "yes" to. */
    private static List<Signals.Hit> acceptedProposals(
            Conversation conversation, List<Signals.Hit> proposals, Lexicon lexicon) {
        List<Signals.Hit> accepted = new ArrayList<>();
        for (Signals.Hit proposal : proposals) {
            Utterance question = proposal.utterance();
            if (!question.isQuestion()) {
                continue;
            }
            conversation.customer().stream()
                    .filter(u -> u.turn() > question.turn())
                    .findFirst()
                    .filter(answer -> answer.turn() == question.turn() + 1
                            && !answer.tokens().isEmpty()
                            && lexicon.affirmatives().contains(answer.tokens().getFirst()))
                    .ifPresent(answer -> accepted.add(new Signals.Hit(answer, "yes to: " + proposal.phrase())));
        }
        return accepted;
    }

    private static List<Objection> objections(Conversation conversation, Lexicon lexicon) {
        List<Objection> objections = new ArrayList<>();
        for (Map.Entry<ObjectionKind, PhraseSet> kind : lexicon.objections().entrySet()) {
            conversation.customer().stream()
                    .filter(u -> kind.getValue().find(u).stream().anyMatch(m -> !negated(lexicon, u, m)))
                    .findFirst()
                    .ifPresent(u -> objections.add(new Objection(kind.getKey(), quote(u.raw()))));
        }
        return objections;
    }

    static boolean negated(Lexicon lexicon, Utterance utterance, PhraseSet.Match match) {
        return !lexicon.containsNegator(utterance.tokens(), match.start(), match.end())
                && lexicon.negated(utterance.tokens(), match.start(), match.end());
    }

    static String quote(String sentence) {
        return sentence.length() <= MAX_QUOTE
                ? sentence
                : sentence.substring(0, MAX_QUOTE - 1).strip() + "…";
    }
}
