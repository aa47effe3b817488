package io.switchboard.scoring;

import java.util.UUID;

/** A cap on the points the rules of one group add up to. */
public record ScoreGroup(UUID id, String name, int maxPoints) {}
