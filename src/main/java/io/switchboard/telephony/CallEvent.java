package io.switchboard.telephony;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a call's history.
 *
 * @param occurredAt when the provider says it happened
 * @param applied false when it came too late to change the call (out-of-order delivery)
 * @param kind status, transfer, recording, transcript or dispatch
 */
public record CallEvent(
        UUID id,
        String kind,
        @Nullable CallStatus status,
        boolean applied,
        String source,
        Instant occurredAt,
        Instant recordedAt,
        Map<String, Object> details) {}
