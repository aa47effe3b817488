package io.switchboard.campaigns.web;

import io.switchboard.billing.Amounts;
import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignChanges;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.shared.Codes;
import io.switchboard.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * A campaign's settings that may change while it runs, as its monitor's form shows them: what was
 * stored, or what was typed when it was refused (with the refusal by field).
 */
record SettingsForm(
        String maxConcurrentCalls,
        String maxAttempts,
        String budget,
        String dialOrder,
        List<String> days,
        String windowStart,
        String windowEnd,
        String timeZone,
        Map<String, String> errors) {

    static SettingsForm of(Campaign c) {
        CampaignSchedule s = c.schedule();
        String currency = c.budgetCurrency() == null ? "USD" : c.budgetCurrency();
        return new SettingsForm(
                String.valueOf(c.maxConcurrentCalls()),
                String.valueOf(c.maxAttempts()),
                c.budgetMinor() == null ? "" : Amounts.plain(c.budgetMinor(), currency),
                c.dialOrder().toString(),
                s.days(),
                s.windowStart().toString(),
                s.windowEnd() == null ? "" : s.windowEnd().toString(),
                s.timeZone(),
                Map.of());
    }

    static SettingsForm refused(MultiValueMap<String, String> form, InvalidInput problem) {
        return new SettingsForm(
                value(form, "max_concurrent_calls"),
                value(form, "max_attempts"),
                value(form, "budget"),
                value(form, "dial_order"),
                form.getOrDefault("days", List.of()),
                value(form, "window_start"),
                value(form, "window_end"),
                value(form, "time_zone"),
                Map.of(field(problem), message(problem)));
    }

    /**
     * The changes the form asks for: concurrency, attempts, budget (blank: no limit), call order
     * and the schedule's days, hours and zone (its start and end dates stay).
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    static CampaignChanges changes(MultiValueMap<String, String> form, Campaign current) {
        CampaignSchedule typed = CampaignForms.schedule(form, current.schedule().timeZone());
        CampaignSchedule schedule = new CampaignSchedule(
                current.schedule().startDate(),
                current.schedule().endDate(),
                typed.days(),
                typed.windowStart(),
                typed.windowEnd(),
                typed.timeZone());
        Long budget = CampaignForms.budget(form);
        DialOrder order = dialOrder(form.getFirst("dial_order"));
        boolean calls = !current.type().messages(); // a message campaign has no calling fields
        return new CampaignChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Optional.of(schedule),
                calls ? Optional.ofNullable(budget) : null,
                null,
                null,
                calls ? Optional.ofNullable(CampaignForms.integer(form, "max_concurrent_calls", null)) : null,
                calls ? Optional.ofNullable(CampaignForms.integer(form, "max_attempts", null)) : null,
                null,
                Optional.of(order));
    }

    private static DialOrder dialOrder(@Nullable String value) {
        try {
            return Codes.parse(DialOrder.class, CampaignForms.orDefault(value, "score_desc"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("dial_order", "invalid_parameter", "choose highest score or longest waiting");
        }
    }

    private static String field(InvalidInput problem) {
        return problem.fieldProblems().isEmpty()
                ? "form"
                : problem.fieldProblems().getFirst().field();
    }

    private static String message(InvalidInput problem) {
        return problem.fieldProblems().isEmpty()
                ? problem.getMessage()
                : problem.fieldProblems().getFirst().message();
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        return CampaignForms.orDefault(form.getFirst(name), "");
    }
}
