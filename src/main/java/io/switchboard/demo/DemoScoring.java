package io.switchboard.demo;

import io.switchboard.identity.User;
import io.switchboard.scoring.NewRule;
import io.switchboard.scoring.RuleCategory;
import io.switchboard.scoring.ScoringRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A few scoring rules of the kinds a real-estate team writes (fit capped as a group, engagement that
 * fades), so the demo's leads show scores made of explained components from the first start.
 */
@Component
class DemoScoring {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScoringRules rules;

    DemoScoring(ScoringRules rules) {
        this.rules = rules;
    }

    void create(User admin) {
        var actor = admin.id().value();
        rules.saveGroup(null, "Fit", 30, actor);
        rule(
                "Referral",
                RuleCategory.SOURCE,
                "{\"field\": \"source\", \"op\": \"eq\", \"value\": \"referral\"}",
                15,
                "Fit",
                null,
                admin);
        rule(
                "Budget of $400k or more",
                RuleCategory.DEMOGRAPHIC,
                "{\"field\": \"custom.budget\", \"op\": \"gte\", \"value\": 400000}",
                20,
                "Fit",
                null,
                admin);
        rule(
                "Answered a call this month",
                RuleCategory.ENGAGEMENT,
                "{\"event\": \"call_answered\", \"within_days\": 30, \"count_gte\": 1}",
                10,
                null,
                14,
                admin);
        rule(
                "No phone number",
                RuleCategory.DEMOGRAPHIC,
                "{\"not\": {\"field\": \"phone\", \"op\": \"exists\"}}",
                -10,
                null,
                null,
                admin);
    }

    private void rule(
            String name,
            RuleCategory category,
            String criteria,
            int points,
            @Nullable String group,
            @Nullable Integer halfLifeDays,
            User admin) {
        rules.create(
                new NewRule(name, category, JSON.readTree(criteria), points, group, true, halfLifeDays),
                admin.id().value());
    }
}
