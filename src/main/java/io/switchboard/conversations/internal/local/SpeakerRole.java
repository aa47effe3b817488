package io.switchboard.conversations.internal.local;

/** Which side of the call a turn belongs to: the analyzer scores the customer, not the script. */
public enum SpeakerRole {
    AGENT,
    CUSTOMER
}
