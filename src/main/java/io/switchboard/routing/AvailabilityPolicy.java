package io.switchboard.routing;

import io.switchboard.shared.Conflict;

/**
 * Which status changes an agent may ask for. busy and wrap_up belong to calls: wrap_up follows a
 * busy agent's call, and an agent with a call in progress stays busy until the call is finished
 * (leaving would strand the caller).
 */
public final class AvailabilityPolicy {

    private AvailabilityPolicy() {}

    /** Throws a 409 naming why when {@code from} → {@code to} is not allowed. */
    public static void check(AgentStatus from, AgentStatus to, boolean onCall) {
        if (to == AgentStatus.WRAP_UP && from != AgentStatus.BUSY) {
            throw new Conflict("invalid_transition", "wrap_up follows a call: only a busy agent enters it");
        }
        if (onCall && to != AgentStatus.BUSY) {
            throw new Conflict(
                    "call_in_progress", "finish the call in progress (POST /api/v1/work/{id}/complete) first");
        }
    }
}
