package io.switchboard.leads;

/**
 * A new score and temperature for a lead, computed by scoring. Applied only while the lead still
 * has {@code expectedScore}: a score a person set in the meantime wins, and is scored next.
 *
 * @param reason why, for the lead's timeline
 */
public record LeadRating(LeadId leadId, int expectedScore, int score, Temperature temperature, String reason) {}
