package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Objection;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.internal.local.QualificationPolicy.NotQualified;
import io.switchboard.conversations.internal.local.QualificationPolicy.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An extractive summary: one line on the outcome, then the (at most three) sentences that carry
 * the most cues, in the order they were said, each with its speaker.
 */
final class Summarizer {

    private static final int SENTENCES = 3;

    private Summarizer() {}

    static String summarize(Conversation conversation, Signals signals, Verdict verdict) {
        List<String> parts = new ArrayList<>();
        parts.add(headline(signals, verdict));
        for (Utterance utterance : keySentences(conversation, signals)) {
            parts.add((utterance.isCustomer() ? "Customer: " : "Agent: ") + CueDetector.quote(utterance.raw()));
        }
        return String.join(" ", parts);
    }

    static String headline(Signals signals, Verdict verdict) {
        if (verdict instanceof NotQualified notQualified) {
            return switch (notQualified.reason()) {
                case NO_CONVERSATION -> "No customer speech was recorded.";
                case VOICEMAIL -> "Reached a voicemail greeting; no conversation.";
                case WRONG_NUMBER -> "Wrong number: the person reached is not the contact.";
                case DO_NOT_CALL -> "The customer asked not to be called again.";
                case DECLINED -> "The customer declined.";
            };
        }
        StringBuilder line = new StringBuilder(label(verdict.qualification()));
        List<String> stated = List.of(Cue.NEED, Cue.BUDGET, Cue.TIMELINE, Cue.AUTHORITY).stream()
                .filter(signals::has)
                .map(Cue::code)
                .toList();
        if (!stated.isEmpty()) {
            line.append(": stated ").append(and(stated));
        }
        if (signals.has(Cue.COMMITMENT)) {
            line.append(stated.isEmpty() ? ": " : "; ").append("agreed to a next step");
        }
        if (!signals.objections().isEmpty()) {
            List<String> kinds = signals.objections().stream()
                    .map(Objection::kind)
                    .map(Object::toString)
                    .toList();
            line.append("; raised ").append(and(kinds)).append(kinds.size() == 1 ? " objection" : " objections");
        }
        return line.append('.').toString();
    }

    private static List<Utterance> keySentences(Conversation conversation, Signals signals) {
        List<Utterance> all = conversation.utterances();
        List<Utterance> chosen = all.stream()
                .filter(u -> u.wordCount() >= 4 && weight(u, signals) >= 1)
                .sorted(Comparator.comparingDouble((Utterance u) -> -weight(u, signals)))
                .limit(SENTENCES)
                .sorted(Comparator.comparingInt(all::indexOf))
                .collect(Collectors.toCollection(ArrayList::new));
        if (chosen.isEmpty()) {
            conversation.customer().stream()
                    .filter(u -> u.wordCount() >= 3)
                    .findFirst()
                    .ifPresent(chosen::add);
        }
        return chosen;
    }

    private static double weight(Utterance utterance, Signals signals) {
        return signals.weight(utterance)
                + (utterance.raw().matches(".*\\d.*") ? 0.5 : 0)
                + (utterance.isCustomer() ? 0.5 : 0)
                - (utterance.wordCount() > 40 ? 1 : 0);
    }

    private static String label(Qualification qualification) {
        return switch (qualification) {
            case HOT -> "Hot lead";
            case WARM -> "Warm lead";
            case COLD -> "Cold lead";
            case NOT_QUALIFIED -> "Not qualified";
        };
    }

    static String and(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
