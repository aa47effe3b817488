package io.switchboard.conversations.internal.local;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How well the agent ran the call, 0..1: asked discovery questions, let the customer talk, was
 * courteous, introduced themselves, left a clear next step, and the customer ended no worse than
 * they started. No score when there was no conversation (voicemail, silence).
 */
final class CallQuality {

    private CallQuality() {}

    static @Nullable Double score(Conversation conversation, Signals signals, Lexicon lexicon) {
        int customerWords = conversation.customerWords();
        int agentWords = conversation.agentWords();
        if (customerWords == 0 || agentWords == 0) {
            return null;
        }
        long agentQuestions =
                conversation.agent().stream().filter(Utterance::isQuestion).count();
        double share = customerWords / (double) (customerWords + agentWords);
        double score = 0.25 * Math.min(1, agentQuestions / 3.0)
                + 0.25 * (1 - Math.min(1, Math.abs(share - 0.45) * 2.5))
                + (signals.has(Cue.COURTESY) ? 0.15 : 0)
                + (signals.has(Cue.INTRODUCTION) ? 0.1 : 0)
                + (signals.has(Cue.PROMISE) || signals.has(Cue.COMMITMENT) ? 0.15 : 0)
                + (endsNoWorse(conversation.customer(), lexicon) ? 0.1 : 0);
        return SentimentScorer.round(score);
    }

    private static boolean endsNoWorse(List<Utterance> customer, Lexicon lexicon) {
        return SentimentScorer.sentence(customer.getLast(), lexicon)
                >= Math.min(0, SentimentScorer.sentence(customer.getFirst(), lexicon));
    }
}
