package io.switchboard.telephony;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which calls a list shows. */
public record CallFilter(
        @Nullable UUID leadId,
        @Nullable CallStatus status,
        @Nullable UUID campaignId,
        @Nullable AiAgentId aiAgentId,
        @Nullable CallDirection direction) {

    public static CallFilter all() {
        return new CallFilter(null, null, null, null, null);
    }
}
