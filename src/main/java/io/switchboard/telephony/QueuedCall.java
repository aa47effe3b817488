package io.switchboard.telephony;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of one request of {@link CallManagement#placeAll}: the call queued, or why not
 * ({@code refusal} is a problem code such as {@code insufficient_credit} or {@code number_unusable}).
 */
public record QueuedCall(UUID leadId, @Nullable CallId call, @Nullable String refusal, @Nullable String detail) {

    static QueuedCall queued(UUID leadId, CallId call) {
        return new QueuedCall(leadId, call, null, null);
    }

    static QueuedCall refused(UUID leadId, String code, String detail) {
        return new QueuedCall(leadId, null, code, detail);
    }
}
