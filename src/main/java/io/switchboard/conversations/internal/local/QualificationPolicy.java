package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Qualification;

/**
 * Grades a lead from a call: the trained qualification head decides, and deterministic rules sit on
 * top for what must never be missed. Not qualified, whatever the head says: nobody spoke, a
 * voicemail greeting answered, the number was wrong, or the customer asked not to be called. A head
 * that reads "not qualified" otherwise means the customer declined or has no need, unless all they
 * did was ask to be called back (a cold lead, not a lost one).
 */
public final class QualificationPolicy {

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
        DECLINED;

        /** A rule, not the model, said so: nobody could be qualified on this call. */
        public boolean byRule() {
            return this != DECLINED;
        }
    }

    /**
     * What the call amounted to, as the policy needs it.
     *
     * @param signals the hard cues found by the lexicon rules
     * @param predicted what the qualification head read
     */
    public record Facts(Signals signals, Qualification predicted, int customerWords, int customerTurns) {}

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
        if (facts.predicted() == Qualification.NOT_QUALIFIED) {
            // Asking to be called back is not declining, unless the customer also said no.
            boolean saidNo = signals.has(Cue.REFUSAL) || signals.has(Cue.NO_NEED);
            return signals.has(Cue.CALLBACK) && !saidNo
                    ? new Graded(Qualification.COLD)
                    : new NotQualified(Reason.DECLINED);
        }
        return new Graded(facts.predicted());
    }
}
