package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Objection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the cues found in a conversation: the sentences that carry each cue, and the objections. */
public record Signals(Map<Cue, List<Hit>> hits, List<Objection> objections) {

    /** One cue phrase found in one sentence. */
    public record Hit(Utterance utterance, String phrase) {}

    public Signals {
        hits = hits.isEmpty() ? Map.of() : new EnumMap<>(hits);
        objections = List.copyOf(objections);
    }

    public boolean has(Cue cue) {
        return !of(cue).isEmpty();
    }

    public List<Hit> of(Cue cue) {
        return hits.getOrDefault(cue, List.of());
    }

    /** How many of need, budget, timeline and authority the customer spoke to. */
    public int bant() {
        return (int) List.of(Cue.NEED, Cue.BUDGET, Cue.TIMELINE, Cue.AUTHORITY).stream()
                .filter(this::has)
                .count();
    }

    /** How many cues of any kind a sentence carries (for picking summary sentences). */
    public long weight(Utterance utterance) {
        long cues = hits.values().stream()
                .flatMap(List::stream)
                .filter(h -> h.utterance() == utterance)
                .count();
        long objectionCount = objections.stream()
                .filter(o -> o.quote().equals(utterance.raw()))
                .count();
        return cues + objectionCount;
    }
}
