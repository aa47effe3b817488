package io.switchboard.scoring;

/**
 * The temperature bands: hot from {@code hotMin}, warm from {@code warmMin}, and a lead leaves a
 * band only {@code hysteresis} points below its edge.
 */
public record ScoringSettings(int hotMin, int warmMin, int hysteresis) {}
