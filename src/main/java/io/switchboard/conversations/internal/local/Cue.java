package io.switchboard.conversations.internal.local;

import java.util.Locale;

/**
 * The kinds of things a lexicon's {@code [cue name]} sections recognise. Customer cues are looked
 * for in the customer's turns only, agent cues in the agent's.
 */
public enum Cue {
    NEED(false),
    BUDGET(false),
    TIMELINE(false),
    AUTHORITY(false),
    COMMITMENT(false),
    INTEREST(false),
    REFUSAL(false),
    NO_NEED(false),
    LATER(false),
    VOICEMAIL(false),
    WRONG_NUMBER(false),
    DO_NOT_CALL(false),
    CALLBACK(false),
    /**
     * Unmistakable complaint phrases ("third call this week", "I want to file a complaint"): the
     * complaint head reads the rest, this cue makes sure the plain ones are never missed.
     */
    COMPLAINT(false),
    /** The customer asks for a supervisor, a manager, someone senior: never missed, so a rule. */
    ESCALATION(false),
    PROMISE(true),
    INTRODUCTION(true),
    COURTESY(true),
    /** The agent proposes a next step; a customer's "yes" to it is a commitment. */
    PROPOSAL(true);

    private final boolean agentSide;

    Cue(boolean agentSide) {
        this.agentSide = agentSide;
    }

    public boolean saidBy(Utterance utterance) {
        return agentSide != utterance.isCustomer();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
