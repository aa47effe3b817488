package io.switchboard.campaigns;

/**
 * A message campaign's funnel: its members, how many it sent a message to and what became of those
 * messages (their delivery statuses, as the provider reported them), and how many the send policy
 * refused (the exclusions report says why, by code).
 *
 * @param pending members not reached yet (quiet hours deferred included)
 * @param refused members excluded for good by the send policy (opted out, no consent…)
 * @param sent members sent the template (once each)
 * @param waiting of those, messages still waiting for their turn under the provider's rate limit
 * @param delivered messages delivered (read ones included)
 * @param read messages read (WhatsApp reports it)
 * @param failed messages failed, undelivered or expired
 * @param replied members who wrote back on the channel after the campaign's message
 */
public record MessageFunnel(
        int members,
        int pending,
        int refused,
        int sent,
        int waiting,
        int delivered,
        int read,
        int failed,
        int replied) {}
