package io.switchboard.telephony.provider;

import org.jspecify.annotations.Nullable;

/** The provider's ids for a call it accepted (a CallSid, a CallUUID, a Bolna execution id…). */
public record PlacedCall(@Nullable String providerCallId, @Nullable String providerExecutionId) {}
