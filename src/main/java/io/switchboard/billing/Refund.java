package io.switchboard.billing;

import java.util.UUID;

/**
 * A settled call's charge given back.
 *
 * @param refunded what returned to the available balance now (0 when nothing was left to refund)
 * @param repeated the call was refunded before: nothing changed now
 */
public record Refund(UUID callId, long refunded, boolean repeated) {}
