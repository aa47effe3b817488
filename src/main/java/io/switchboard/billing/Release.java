package io.switchboard.billing;

import java.util.UUID;

/**
 * A hold given back whole (the call was not answered, or never placed).
 *
 * @param released what returned to the available balance (0 when there was no hold)
 * @param repeated the hold was released or settled before: nothing changed now
 */
public record Release(UUID callId, long released, boolean repeated) {}
