package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Qualification;

/**
 * Grades a lead from a call. Not qualified: nobody spoke, a voicemail greeting answered, the number
 * was wrong, the customer asked not to be called, or they declined without showing need. Otherwise
 * hot when at least two of need, budget, timeline and authority were stated and the customer
 * committed to a next step (or intent is high anyway), warm on moderate intent, cold below.
 */
public final class QualificationPolicy {

    static final double HOT_FROM = 0.7;
    static final double WARM_FROM = 0.45;
    private static final int MAX_VOICEMAIL_TURNS = 3;

    private QualificationPolicy() {}

    public sealed interface Verdict {
        Qualification qualification();

        default boolean is(Reason reason) {
            return this instanceof NotQualified notQualified && notQualified.reason() == reason;
        }
    }

    public record NotQualified(Reason reason) implements Verdict {
        @Override
        public Qualification qualification() {
            return Qualification.NOT_QUALIFIED;
        }
    }

    public record Graded(Qualification qualification) implements Verdict {}

    public enum Reason {
        NO_CONVERSATION,
        VOICEMAIL,
        WRONG_NUMBER,
        DO_NOT_CALL,
        DECLINED
    }

    /** What the call amounted to, as the policy needs it. */
    public record Facts(Signals signals, double intent, int customerWords, int customerTurns) {}

    public static Verdict decide(Facts facts) {
        Signals signals = facts.signals();
        if (facts.customerWords() == 0) {
            return new NotQualified(Reason.NO_CONVERSATION);
        }
        if (signals.has(Cue.VOICEMAIL) && facts.customerTurns() <= MAX_VOICEMAIL_TURNS) {
            return new NotQualified(Reason.VOICEMAIL);
        }
        if (signals.has(Cue.WRONG_NUMBER)) {
            return new NotQualified(Reason.WRONG_NUMBER);
        }
        if (signals.has(Cue.DO_NOT_CALL)) {
            return new NotQualified(Reason.DO_NOT_CALL);
        }
        boolean declined = signals.has(Cue.REFUSAL) || signals.has(Cue.NO_NEED);
        if (declined && !signals.has(Cue.COMMITMENT) && signals.bant() < 2) {
            return new NotQualified(Reason.DECLINED);
        }
        return new Graded(grade(signals, facts.intent()));
    }

    private static Qualification grade(Signals signals, double intent) {
        if (signals.bant() >= 2 && (signals.has(Cue.COMMITMENT) || intent >= HOT_FROM)) {
            return Qualification.HOT;
        }
        return intent >= WARM_FROM ? Qualification.WARM : Qualification.COLD;
    }
}
