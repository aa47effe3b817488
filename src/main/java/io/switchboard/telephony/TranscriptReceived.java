package io.switchboard.telephony;

import io.switchboard.shared.TenantEvent;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The provider delivered a call's transcript. Telephony does not keep it: the conversations module
 * stores and analyses it.
 *
 * @param language a BCP 47 tag when the provider knows it
 */
public record TranscriptReceived(
        UUID organizationId,
        CallId callId,
        @Nullable UUID leadId,
        @Nullable AiAgentId aiAgentId,
        @Nullable String language,
        List<Segment> segments)
        implements TenantEvent {

    /**
     * @param speaker agent, lead or human (a transferred-to person)
     * @param startSeconds offset from the start of the call
     */
    public record Segment(String speaker, double startSeconds, double endSeconds, String text) {}
}
