package io.switchboard.scoring.internal;

import java.time.Instant;

/** One recorded activity of a lead. */
public record ActivityEvent(Activity kind, Instant at) {}
