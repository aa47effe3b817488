package io.switchboard.telephony;

import java.time.Instant;

/** The calls placed in one time bucket (from {@code start}), and how many of them were answered. */
public record CallActivity(Instant start, int placed, int answered) {}
