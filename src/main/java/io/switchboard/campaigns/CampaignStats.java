package io.switchboard.campaigns;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's numbers: the counters (seed 003), the funnel (members by status) and the
 * exclusions by reason; for a message campaign also what became of its messages.
 *
 * @param conversionRate converted per call placed, in percent, two decimals
 * @param charged credits charged so far for the campaign's ended calls (minor units)
 * @param callsOn the campaign's calls still on (each holds credit until it ends)
 * @param messages a message campaign's funnel (null for a calling campaign)
 */
public record CampaignStats(
        int totalCalls,
        int answered,
        int transferred,
        int converted,
        double conversionRate,
        long charged,
        int callsOn,
        Map<String, Integer> members,
        Map<String, Integer> exclusions,
        @Nullable MessageFunnel messages) {

    static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 100.0;
    }
}
