package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.Temperature;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Leads and criteria for scoring's unit tests. */
final class TestLeads {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TestLeads() {}

    static Lead lead(LeadSource source, int score, Temperature temperature, Map<String, Object> custom) {
        return lead(source, LeadStatus.NEW, score, temperature, custom, NOW.minusSeconds(86_400 * 3), null);
    }

    static Lead lead(
            LeadSource source,
            LeadStatus status,
            int score,
            Temperature temperature,
            Map<String, Object> custom,
            Instant createdAt,
            @Nullable String region) {
        return new Lead(
                LeadId.of(UUID.randomUUID()),
                "Dana Whitfield",
                "dana@example.com",
                "+15125550101",
                region,
                "America/Chicago",
                "Acme Realty",
                null,
                source,
                status,
                temperature,
                score,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                custom,
                null,
                null,
                createdAt,
                createdAt,
                null,
                new Lead.Calling(Lead.CallStatus.NOT_CALLED, null, null, 2, false, null),
                null,
                null);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static Criteria criteria(String text) {
        return CriteriaParser.parse(json(text));
    }
}
