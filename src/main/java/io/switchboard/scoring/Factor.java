package io.switchboard.scoring;

/**
 * What one of a lead's features does to its win probability: {@code weight} is the log-odds it
 * adds (positive helps), {@code label} says it in words ("Source: referral").
 */
public record Factor(String feature, String value, String label, double weight) {}
