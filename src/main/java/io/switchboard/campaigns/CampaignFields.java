package io.switchboard.campaigns;

import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A campaign's fields checked as they are set (create and update alike), and what the audit shows of them. */
@Component
class CampaignFields {

    private final AiAgentManagement agents;
    private final PhoneNumberManagement numbers;
    private final TeamManagement teams;

    CampaignFields(AiAgentManagement agents, PhoneNumberManagement numbers, TeamManagement teams) {
        this.agents = agents;
        this.numbers = numbers;
        this.teams = teams;
    }

    /** The settings an update's audit entry compares (the criteria and goals are shown as set). */
    static Map<String, Object> audited(Campaign c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", c.name());
        values.put("description", Objects.toString(c.description(), ""));
        values.put("type", c.type().toString());
        values.put("template_id", Objects.toString(c.templateId(), ""));
        values.put("ai_agent_id", Objects.toString(c.aiAgentId(), ""));
        values.put("team_id", Objects.toString(c.teamId(), ""));
        values.put("caller_number_ids", c.callerNumberIds().toString());
        values.put("criteria", c.criteria().toString());
        values.put("schedule", schedule(c.schedule()));
        values.put("budget_minor", Objects.toString(c.budgetMinor(), ""));
        values.put("budget_currency", Objects.toString(c.budgetCurrency(), ""));
        values.put("goals", c.goals().toString());
        values.put("max_concurrent_calls", c.maxConcurrentCalls());
        values.put("max_attempts", c.maxAttempts());
        values.put("retry_delays", c.retryDelays().toString());
        values.put("dial_order", c.dialOrder().toString());
        return values;
    }

    /** Keeps only the entries that differ, in both maps; whether any does. */
    static boolean keepChanged(Map<String, Object> before, Map<String, Object> after) {
        after.entrySet().removeIf(e -> Objects.equals(e.getValue(), before.get(e.getKey())));
        before.keySet().retainAll(after.keySet());
        return !after.isEmpty();
    }

    private static String schedule(CampaignSchedule s) {
        return String.join(",", s.days()) + " " + s.windowStart() + "–"
                + (s.windowEnd() == null ? "24:00" : s.windowEnd())
                + " " + s.timeZone()
                + (s.startDate() == null ? "" : " from " + s.startDate())
                + (s.endDate() == null ? "" : " until " + s.endDate());
    }

    @Nullable
    UUID agent(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        try {
            if (!agents.get(AiAgentId.of(id)).active()) {
                throw new InvalidInput("ai_agent_id", "agent_inactive", "the AI agent must be active");
            }
        } catch (NotFound e) {
            throw new InvalidInput("ai_agent_id", "invalid_reference", "no such AI agent");
        }
        return id;
    }

    @Nullable
    UUID team(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        try {
            teams.get(TeamId.of(id));
        } catch (NotFound e) {
            throw new InvalidInput("team_id", "invalid_reference", "no such team");
        }
        return id;
    }

    UUID[] callerIds(@Nullable List<UUID> ids) {
        if (ids == null) {
            return new UUID[0];
        }
        if (ids.size() > 50) {
            throw new InvalidInput("caller_number_ids", "too_many", "at most 50 numbers");
        }
        for (UUID id : ids) {
            try {
                if (!numbers.get(PhoneNumberId.of(id)).active()) {
                    throw new InvalidInput("caller_number_ids", "number_unusable", "number " + id + " is not active");
                }
            } catch (NotFound e) {
                throw new InvalidInput("caller_number_ids", "invalid_reference", "no such phone number: " + id);
            }
        }
        return ids.stream().distinct().toArray(UUID[]::new);
    }

    static void checkTeam(CampaignsRecord r) {
        if (CampaignType.fromCode(r.getCampaignType()) == CampaignType.HUMAN_CALLING && r.getTeamId() == null) {
            throw new InvalidInput("team_id", "required", "a human_calling campaign needs the team that calls");
        }
    }

    static void budget(CampaignsRecord r, @Nullable Long minor, @Nullable String currency) {
        if (minor != null && minor < 0) {
            throw new InvalidInput("budget_minor", "invalid_range", "must not be negative");
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new InvalidInput("budget_currency", "invalid_currency", "must be an ISO currency code such as USD");
        }
        r.setBudgetMinor(minor);
        r.setBudgetCurrency(minor == null ? null : currency == null ? "USD" : currency);
    }

    static int concurrency(int value) {
        if (value < 1 || value > 1000) {
            throw new InvalidInput("max_concurrent_calls", "invalid_range", "must be between 1 and 1000");
        }
        return value;
    }

    String name(String name) {
        if (name.isBlank() || name.strip().length() > 200) {
            throw new InvalidInput("name", "invalid_length", "must be 1 to 200 characters");
        }
        return name.strip();
    }
}
