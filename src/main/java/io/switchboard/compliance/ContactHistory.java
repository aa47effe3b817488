package io.switchboard.compliance;

import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lead's recent calls, as {@link ContactFrequency} needs them.
 *
 * @param lastConversationAt when the lead's latest answered call ended (now, while it goes on);
 *     null when there was none in {@link ContactFrequency#LOOK_BACK}
 * @param attempts when each recent outbound attempt was queued, in any order: every call that was
 *     or is being placed, answered or not; a call the provider never placed does not count
 */
public record ContactHistory(LeadId leadId, @Nullable Instant lastConversationAt, List<Instant> attempts) {

    public ContactHistory {
        attempts = List.copyOf(attempts);
    }

    public static ContactHistory none(LeadId leadId) {
        return new ContactHistory(leadId, null, List.of());
    }
}
