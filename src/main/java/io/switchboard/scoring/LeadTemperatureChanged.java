package io.switchboard.scoring;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Scoring moved a lead into another temperature band (published only when the band really changes:
 * the bands' hysteresis keeps a score wobbling at an edge in its band). One event per lead per
 * rescoring; {@code leadId} and {@code at} together identify it, so a listener can act on it once.
 * Not published by a recompute (rules, caps or bands changed, an import rescored): those move many
 * leads at once, and the leads list shows where they landed.
 *
 * @param score the lead's score after the change
 * @param reason why the score moved, as the score history says (a rule that applies, a call's analysis…)
 * @param at when scoring changed it
 */
public record LeadTemperatureChanged(
        UUID organizationId,
        LeadId leadId,
        Temperature previous,
        Temperature current,
        int score,
        String reason,
        Instant at)
        implements TenantEvent {

    /** Whether the lead became hot (from warm or cold). */
    public boolean turnedHot() {
        return current == Temperature.HOT && previous != Temperature.HOT;
    }
}
