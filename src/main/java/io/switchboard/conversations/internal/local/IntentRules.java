package io.switchboard.conversations.internal.local;

/**
 * How much the customer wants to buy, 0..1, from what they said: need, budget, timeline and
 * authority (BANT), a commitment to a next step and signs of interest raise it; refusals, "not
 * now" and objections lower it; the customer's tone nudges it.
 */
final class IntentRules {

    private static final double BASE = 0.15;

    private IntentRules() {}

    static double score(Signals signals, double sentiment, long customerQuestions) {
        double score = BASE
                + (signals.has(Cue.NEED) ? 0.16 : 0)
                + (signals.has(Cue.BUDGET) ? 0.14 : 0)
                + (signals.has(Cue.TIMELINE) ? 0.14 : 0)
                + (signals.has(Cue.AUTHORITY) ? 0.08 : 0)
                + (signals.has(Cue.COMMITMENT) ? 0.22 : 0)
                + Math.min(0.16, 0.06 * signals.of(Cue.INTEREST).size())
                + Math.min(0.08, 0.03 * customerQuestions)
                + (signals.has(Cue.CALLBACK) ? 0.04 : 0)
                - (signals.has(Cue.REFUSAL) ? 0.35 : 0)
                - (signals.has(Cue.NO_NEED) ? 0.25 : 0)
                - (signals.has(Cue.LATER) ? 0.12 : 0)
                - Math.min(0.18, 0.06 * signals.objections().size())
                + 0.1 * sentiment;
        return SentimentScorer.round(Math.max(0, Math.min(1, score)));
    }
}
