package io.switchboard.conversations.internal.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether the customer asked to be called back, and when, as they said it ("tomorrow after 5 pm"):
 * the time expressions of the sentence that asked, or of the customer's next sentence.
 */
final class CallbackDetector {

    private CallbackDetector() {}

    record Callback(boolean requested, @Nullable String time) {
        static final Callback NONE = new Callback(false, null);
    }

    static Callback find(Signals signals, Conversation conversation, Lexicon lexicon) {
        if (!signals.has(Cue.CALLBACK)) {
            return Callback.NONE;
        }
        Utterance asked = signals.of(Cue.CALLBACK).getFirst().utterance();
        String time = time(asked, lexicon);
        if (time == null) {
            List<Utterance> customer = conversation.customer();
            int next = customer.indexOf(asked) + 1;
            time = next > 0 && next < customer.size() ? time(customer.get(next), lexicon) : null;
        }
        return new Callback(true, time);
    }

    /** The first run of time expressions in a sentence, joined: "tomorrow", "after 5 pm". */
    static @Nullable String time(Utterance utterance, Lexicon lexicon) {
        List<PhraseSet.Match> matches = new ArrayList<>(lexicon.times().find(utterance));
        if (matches.isEmpty()) {
            return null;
        }
        matches.sort(Comparator.comparingInt(PhraseSet.Match::start));
        int start = matches.getFirst().start();
        int end = matches.getFirst().end();
        for (PhraseSet.Match match : matches) {
            if (match.start() <= end + 1) {
                end = Math.max(end, match.end());
            }
        }
        return String.join(" ", utterance.tokens().subList(start, end)).replace(" | ", ", ");
    }
}
