package io.switchboard.analytics;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The API lists behind each figure, filtered to exactly the records it counts: leads by creation
 * time (and owner, source, vendor or marketing campaign), ended calls by placing time (and person, AI
 * agent, campaign or phone number), qualified leads by the same filters as leads on analytics' own list.
 * Figures no list can narrow to (a source's calls, conversions of calls) get no link.
 */
final class DrillLinks {

    private DrillLinks() {}

    /**
     * @param people for a team: its members now; for a person: that person
     */
    static Map<String, String> of(
            Dimension dimension, String key, Collection<String> people, Instant from, Instant to) {
        String time = "created_after=" + from + "&created_before=" + to;
        String leadScope = leadScope(dimension, key, people);
        String callScope = callScope(dimension, key, people);
        Map<String, String> drill = new LinkedHashMap<>();
        if (leadScope != null && !(dimension == Dimension.TEAM && people.isEmpty())) {
            String leads = "/api/v1/leads?" + time + leadScope;
            drill.put("leads_created", leads);
            drill.put("leads_converted", leads + "&status=converted");
            // No lead list knows call outcomes: analytics lists the leads it counts from its facts.
            drill.put("leads_qualified", "/api/v1/analytics/qualified-leads?" + time + leadScope);
        }
        if (callScope != null && !(dimension == Dimension.TEAM && people.isEmpty())) {
            String calls = "/api/v1/calls?ended=true&" + time + callScope;
            drill.put("calls_placed", calls + "&direction=outbound");
            drill.put("calls_received", calls + "&direction=inbound");
            drill.put("calls_answered", calls + "&status=completed");
            drill.put("calls_transferred", calls + "&transferred=true");
            drill.put("calls_voicemail", calls + "&status=voicemail");
            drill.put("calls_failed", calls + "&status=failed");
        }
        return drill;
    }

    private static @Nullable String leadScope(Dimension dimension, String key, Collection<String> people) {
        return switch (dimension) {
            case ALL -> "";
            case USER, TEAM -> list("owner_id", people);
            case SOURCE -> "&source=" + key;
            case VENDOR -> "&vendor_id=" + key;
            case MARKETING_CAMPAIGN -> "&marketing_campaign_id=" + key;
            case AI_AGENT, CAMPAIGN, NUMBER -> null;
        };
    }

    private static @Nullable String callScope(Dimension dimension, String key, Collection<String> people) {
        return switch (dimension) {
            case ALL -> "";
            case USER, TEAM -> list("user_id", people);
            case AI_AGENT -> "&ai_agent_id=" + key;
            case CAMPAIGN -> "&campaign_id=" + key;
            case NUMBER -> "&phone_number_id=" + key;
            case SOURCE, VENDOR, MARKETING_CAMPAIGN -> null;
        };
    }

    private static String list(String name, Collection<String> ids) {
        return ids.stream().map(id -> "&" + name + "=" + id).collect(Collectors.joining());
    }
}
