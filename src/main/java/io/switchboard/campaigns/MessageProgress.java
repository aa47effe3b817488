package io.switchboard.campaigns;

import org.jspecify.annotations.Nullable;

/**
 * Where a message campaign stands: its members and what became of the messages it sent (the
 * delivery statuses the provider reported), without the calling figures that do not apply to it.
 *
 * @param type the campaign's channel type (sms, email, whatsapp)
 * @param pending members not reached yet (quiet hours deferred included)
 * @param refused members the send policy excluded for good
 * @param sent members sent the template (once each)
 * @param waiting of those, messages still waiting for their turn under the provider's rate limit
 * @param delivered messages delivered (read ones included)
 * @param read messages read (WhatsApp reports it)
 * @param failed messages failed, undelivered or expired
 * @param replied members who wrote back on the channel after the campaign's message
 * @param percentDone members no longer pending (sent or refused) of all, 0 to 100; null without members
 */
public record MessageProgress(
        CampaignType type,
        int members,
        int sent,
        int waiting,
        int delivered,
        int read,
        int failed,
        int refused,
        int replied,
        int pending,
        @Nullable Integer percentDone)
        implements Progress {

    static MessageProgress of(CampaignType type, MessageFunnel f) {
        return new MessageProgress(
                type,
                f.members(),
                f.sent(),
                f.waiting(),
                f.delivered(),
                f.read(),
                f.failed(),
                f.refused(),
                f.replied(),
                f.pending(),
                percentDone(f.members(), f.pending()));
    }

    /** Rounded down, so 100 means every member is through. */
    static @Nullable Integer percentDone(int members, int pending) {
        return members == 0 ? null : (int) ((members - pending) * 100L / members);
    }
}
