package io.switchboard.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What became of a campaign's message to one of its members. */
public sealed interface CampaignSend {

    /** Queued (or queued before, by an earlier run of the same campaign: never a second message). */
    record Sent(MessageId message) implements CampaignSend {}

    /**
     * Not sent, with the send policy's stable code ({@code opted_out}, {@code no_consent}, {@code
     * do_not_contact}, {@code quiet_hours}, {@code template_not_approved}) or {@code no_address},
     * {@code missing_variables}, {@code lead_unavailable}.
     *
     * @param retryAt when it may go after all (quiet hours: when the lead's window opens), null for good
     */
    record Refused(String code, String reason, @Nullable Instant retryAt) implements CampaignSend {}
}
