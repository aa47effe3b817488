package io.switchboard.telephony.provider;

import io.switchboard.telephony.TransferType;
import org.jspecify.annotations.Nullable;

/** Whom to hand a call to: a phone number or SIP address, and why. */
public record TransferTarget(TransferType type, String to, @Nullable String reason, @Nullable String department) {}
