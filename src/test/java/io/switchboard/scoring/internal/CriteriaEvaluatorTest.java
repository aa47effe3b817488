package io.switchboard.scoring.internal;

import static io.switchboard.scoring.internal.TestLeads.NOW;
import static io.switchboard.scoring.internal.TestLeads.criteria;
import static io.switchboard.scoring.internal.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.Temperature;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaEvaluatorTest {

    final Lead referral = lead(LeadSource.REFERRAL, 0, Temperature.COLD, Map.of("budget", 450000, "plan", "Gold"));

    @Test
    void fieldConditions() {
        assertThat(matches("{\"field\": \"source\", \"op\": \"eq\", \"value\": \"REFERRAL\"}"))
                .isTrue();
        assertThat(matches("{\"field\": \"source\", \"op\": \"neq\", \"value\": \"referral\"}"))
                .isFalse();
        assertThat(matches("{\"field\": \"custom.budget\", \"op\": \"gte\", \"value\": 400000}"))
                .isTrue();
        assertThat(matches("{\"field\": \"custom.budget\", \"op\": \"lte\", \"value\": 400000}"))
                .isFalse();
        assertThat(matches("{\"field\": \"custom.plan\", \"op\": \"in\", \"value\": [\"gold\", \"silver\"]}"))
                .isTrue();
        assertThat(matches("{\"field\": \"company\", \"op\": \"contains\", \"value\": \"realty\"}"))
                .isTrue();
        assertThat(matches("{\"field\": \"custom.missing\", \"op\": \"exists\"}"))
                .isFalse();
        assertThat(matches("{\"field\": \"custom.missing\", \"op\": \"exists\", \"value\": false}"))
                .isTrue();
        assertThat(matches("{\"field\": \"custom.missing\", \"op\": \"neq\", \"value\": \"x\"}"))
                .as("a missing value equals nothing")
                .isTrue();
        assertThat(matches("{\"field\": \"custom.missing\", \"op\": \"gte\", \"value\": 0}"))
                .isFalse();
        assertThat(matches("{\"field\": \"age_days\", \"op\": \"gte\", \"value\": 3}"))
                .isTrue();
        assertThat(matches("{\"field\": \"not_connected\", \"op\": \"eq\", \"value\": 2}"))
                .isTrue();
        assertThat(matches("{\"not\": {\"field\": \"country\", \"op\": \"exists\"}}"))
                .isTrue();
    }

    @Test
    void eventConditionsCountWithinTheirWindow() {
        var activity = List.of(
                new ActivityEvent(Activity.CALL_ANSWERED, NOW.minus(Duration.ofDays(2))),
                new ActivityEvent(Activity.CALL_ANSWERED, NOW.minus(Duration.ofDays(10))),
                new ActivityEvent(Activity.TASK_COMPLETED, NOW.minus(Duration.ofHours(1))));
        var facts = new CriteriaEvaluator.Facts(referral, activity);
        assertThat(CriteriaEvaluator.matches(
                        criteria("{\"event\": \"call_answered\", \"within_days\": 7}"), facts, NOW))
                .isTrue();
        assertThat(CriteriaEvaluator.matches(
                        criteria("{\"event\": \"call_answered\", \"within_days\": 7, \"count_gte\": 2}"), facts, NOW))
                .isFalse();
        assertThat(CriteriaEvaluator.matches(criteria("{\"event\": \"call_answered\", \"count_gte\": 2}"), facts, NOW))
                .isTrue();
        assertThat(CriteriaEvaluator.matches(
                        criteria("{\"all\": [{\"event\": \"task_completed\"}, {\"field\": \"source\", \"op\": \"eq\", "
                                + "\"value\": \"referral\"}]}"),
                        facts,
                        NOW))
                .isTrue();
    }

    private boolean matches(String criteria) {
        return CriteriaEvaluator.matches(criteria(criteria), new CriteriaEvaluator.Facts(referral, List.of()), NOW);
    }
}
