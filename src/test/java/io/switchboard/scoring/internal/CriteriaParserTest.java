package io.switchboard.scoring.internal;

import static io.switchboard.scoring.internal.TestLeads.criteria;
import static io.switchboard.scoring.internal.TestLeads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class CriteriaParserTest {

    @Test
    void readsFieldAndEventConditionsCombined() {
        Criteria c = criteria(
                """
                {"all": [{"field": "source", "op": "in", "value": ["referral", "website"]},
                         {"any": [{"event": "call_answered", "within_days": 7, "count_gte": 2},
                                  {"not": {"field": "custom.budget", "op": "lte", "value": 1000}}]}]}
                """);
        assertThat(c).isInstanceOf(Criteria.All.class);
        assertThat(c.countsEvents()).isTrue();
        assertThat(c.timeDependent()).isTrue();
        assertThat(c.lookbackDays()).isEqualTo(7);
        assertThat(CriteriaText.describe(c))
                .isEqualTo("(source is one of [referral, website] and (call answered at least 2 times within 7 days"
                        + " or not (budget ≤ 1000)))");
    }

    @Test
    void anEventWithoutAWindowLooksAtAllActivity() {
        Criteria c = criteria("{\"event\": \"task_completed\"}");
        assertThat(c.lookbackDays()).isNull();
        assertThat(c.timeDependent()).isFalse();
        assertThat(((Criteria.Event) c).countGte()).isOne();
    }

    @Test
    void badNodesAreRefusedWithTheirPath() {
        assertBad("{\"all\": [{\"field\": \"source\", \"op\": \"equals\", \"value\": \"x\"}]}", "criteria.all[0].op");
        assertBad("{\"any\": []}", "criteria.any");
        assertBad("{\"field\": \"shoe_size\", \"op\": \"eq\", \"value\": 1}", "criteria.field");
        assertBad("{\"field\": \"source\", \"op\": \"eq\", \"value\": \"webinar\"}", "criteria.value");
        assertBad("{\"field\": \"age_days\", \"op\": \"gte\", \"value\": \"ten\"}", "criteria.value");
        assertBad("{\"field\": \"source\", \"op\": \"gte\", \"value\": 3}", "criteria.value");
        assertBad("{\"event\": \"message_sent\"}", "criteria.event");
        assertBad("{\"event\": \"call_answered\", \"within_days\": 0}", "criteria.within_days");
        assertBad("{\"event\": \"call_answered\", \"count_gte\": 1.5}", "criteria.count_gte");
        assertBad(
                "{\"not\": {\"field\": \"source\", \"op\": \"eq\", \"value\": \"api\", \"extra\": 1}}",
                "criteria.not.extra");
        assertBad("{\"field\": \"custom.Bad Key\", \"op\": \"exists\"}", "criteria.field");
        assertBad("[]", "criteria");
        assertBad("{}", "criteria");
    }

    @Test
    void deepOrLargeCriteriaAreRefused() {
        String deep = "{\"field\": \"source\", \"op\": \"eq\", \"value\": \"api\"}";
        for (int i = 0; i < CriteriaParser.MAX_DEPTH; i++) {
            deep = "{\"not\": " + deep + "}";
        }
        String tooDeep = deep;
        assertThatThrownBy(() -> CriteriaParser.parse(json(tooDeep)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("deeper");
    }

    private static void assertBad(String text, String path) {
        assertThatThrownBy(() -> CriteriaParser.parse(json(text)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    InvalidInput problem = (InvalidInput) e;
                    assertThat(problem.code()).isEqualTo("invalid_criteria");
                    assertThat(problem.fieldProblems().getFirst().field()).isEqualTo(path);
                });
    }
}
