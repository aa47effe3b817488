package io.switchboard.scoring;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scoring end to end: rules score leads with explained components, the history replays to the
 * score, a change of a lead rescores it, bad criteria are refused with the path of the bad node
 * and change nothing, another organization's rules and scores are not found, and recomputes report
 * their progress.
 */
class ScoringApiIT extends ApiTest {

    static final Map<String, Object> REFERRAL = Map.of("field", "source", "op", "eq", "value", "referral");
    static final Map<String, Object> BIG_BUDGET = Map.of("field", "custom.budget", "op", "gte", "value", 100000);

    @Test
    void rulesScoreLeadsWithExplainedComponentsAndTheHistoryReplaysToTheScore() {
        Tenant tenant = signUp();
        budgetField(tenant);
        String dana = lead(tenant, "name", "Dana", "source", "referral", "custom_fields", Map.of("budget", 500000));
        String webby = lead(tenant, "name", "Webby", "source", "website");
        created(api.post("/api/v1/scoring/groups", body("name", "Fit", "max_points", 40), tenant.token()));
        String referral = rule(tenant, "Referral", "source", REFERRAL, 25, "fit", null);
        String budget = rule(tenant, "Big budget", "demographic", BIG_BUDGET, 30, "Fit", null);
        rule(
                tenant,
                "Website visitors",
                "source",
                Map.of("field", "source", "op", "eq", "value", "website"),
                -10,
                null,
                null);
        awaitRecomputed(tenant);

        JsonNode score = score(tenant, dana);
        assertThat(score.path("score").asInt()).isEqualTo(40);
        assertThat(score.path("temperature").asString()).isEqualTo("warm");
        JsonNode components = score.path("components");
        assertThat(components.size()).isEqualTo(2);
        double effective = 0;
        for (JsonNode c : components) {
            assertThat(c.path("kind").asString()).isEqualTo("rule");
            assertThat(List.of(referral, budget)).contains(c.path("rule_id").asString());
            assertThat(c.path("reason").asString()).isNotBlank();
            assertThat(c.path("since").asString()).isNotBlank();
            effective += c.path("effective_points").asDouble();
        }
        assertThat(effective)
                .as("the group's cap scales both")
                .isCloseTo(40, org.assertj.core.data.Offset.offset(0.02));
        assertThat(score(tenant, webby).path("score").asInt()).isZero();
        assertThat(api.get("/api/v1/leads/" + dana, tenant.token())
                        .json()
                        .path("lead")
                        .path("score")
                        .asInt())
                .isEqualTo(40);

        var changed = api.patch("/api/v1/leads/" + dana, body("custom_fields", Map.of("budget", 5000)), tenant.token());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> score(tenant, dana).path("score").asInt() == 25);
        JsonNode latest = history(tenant, dana).get(0);
        assertThat(latest.path("previous").asInt()).isEqualTo(40);
        assertThat(latest.path("new").asInt()).isEqualTo(25);
        assertThat(latest.path("change").asInt()).isEqualTo(-15);
        assertThat(latest.path("reason").asString()).contains("'Big budget' no longer applies");
        assertThat(latest.path("rule_id").asString()).isEqualTo(budget);
        assertThat(latest.path("rule_version").asInt()).isOne();
        assertReplayGivesTheScore(tenant, dana);
        assertThat(api.get("/api/v1/leads/" + dana + "/timeline", tenant.token())
                        .body())
                .contains("Score changed from 40 to 25: 'Big budget' no longer applies");
    }

    @Test
    void aScoreSetByHandIsAComponentAndANewVersionOfARuleIsNamedInTheHistory() {
        Tenant tenant = signUp();
        String dana = lead(tenant, "name", "Dana", "source", "referral");
        String referral = rule(tenant, "Referral", "source", REFERRAL, 20, null, null);
        awaitRecomputed(tenant);
        assertThat(score(tenant, dana).path("score").asInt()).isEqualTo(20);

        assertThat(api.patch("/api/v1/leads/" + dana, body("score", 77), tenant.token())
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> history(tenant, dana).get(0).path("new").asInt() == 77);
        JsonNode manual = component(score(tenant, dana), "manual");
        assertThat(manual.path("points").asInt()).isEqualTo(57);
        assertThat(manual.path("reason").asString()).isEqualTo("Set by hand to 77");

        var v2 = api.patch("/api/v1/scoring/rules/" + referral, body("points", 30), tenant.token());
        assertThat(v2.status()).as(v2.toString()).isEqualTo(200);
        assertThat(v2.json().path("version").asInt()).isEqualTo(2);
        awaitRecomputed(tenant);
        JsonNode latest = history(tenant, dana).get(0);
        assertThat(latest.path("new").asInt()).isEqualTo(87);
        assertThat(latest.path("rule_id").asString()).isEqualTo(referral);
        assertThat(latest.path("rule_version").asInt()).isEqualTo(2);
        assertThat(latest.path("reason").asString()).contains("changed to version 2 (+20 → +30)");
        assertThat(api.patch("/api/v1/scoring/rules/" + referral, body("name", "Referrals"), tenant.token())
                        .json()
                        .path("version")
                        .asInt())
                .as("a new name scores nothing differently")
                .isEqualTo(2);
        assertReplayGivesTheScore(tenant, dana);
    }

    @Test
    void badCriteriaAre400WithThePathOfTheBadNodeAndChangeNothing() {
        Tenant tenant = signUp();
        var bad = api.post(
                "/api/v1/scoring/rules",
                body(
                        "name",
                        "Broken",
                        "category",
                        "behavioral",
                        "points",
                        10,
                        "criteria",
                        Map.of("all", List.of(Map.of("field", "source", "op", "equals", "value", "x")))),
                tenant.token());
        assertProblem(bad, 400, "invalid_criteria");
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("criteria.all[0].op");
        var unknownEvent = api.post(
                "/api/v1/scoring/rules",
                body("name", "Broken", "category", "engagement", "points", 5, "criteria", Map.of("event", "dance")),
                tenant.token());
        assertProblem(unknownEvent, 400, "invalid_criteria");
        assertThat(rules(tenant)).isEmpty();
        assertThat(api.get("/api/v1/scoring/recompute", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .as("nothing was recomputed")
                .isZero();

        String rule = rule(tenant, "Referral", "source", REFERRAL, 20, null, null);
        var badPatch = api.patch(
                "/api/v1/scoring/rules/" + rule,
                body("criteria", Map.of("not", Map.of("field", "custom.budget", "op", "gte", "value", "lots"))),
                tenant.token());
        assertProblem(badPatch, 400, "invalid_criteria");
        assertThat(badPatch.json().path("errors").get(0).path("field").asString())
                .isEqualTo("criteria.not.value");
        JsonNode unchanged =
                api.get("/api/v1/scoring/rules/" + rule, tenant.token()).json();
        assertThat(unchanged.path("version").asInt()).isOne();
        assertThat(unchanged.path("criteria").toString()).contains("referral");
        assertProblem(
                api.post(
                        "/api/v1/scoring/rules/preview",
                        body("criteria", Map.of("any", List.of()), "points", 5),
                        tenant.token()),
                400,
                "invalid_criteria");
        assertProblem(
                api.post(
                        "/api/v1/scoring/rules",
                        body("name", "Zero", "category", "source", "points", 0, "criteria", REFERRAL),
                        tenant.token()),
                400,
                "invalid_points");
        assertProblem(
                api.patch(
                        "/api/v1/scoring/settings",
                        body("hot_min", 40, "warm_min", 60, "hysteresis", 5),
                        tenant.token()),
                400,
                "invalid_bands");
    }

    @Test
    void anotherOrganizationsRulesAndScoresAreNotFound() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        String lead = lead(theirs, "name", "Theirs", "source", "referral");
        String rule = rule(theirs, "Referral", "source", REFERRAL, 20, null, null);
        String group = created(
                        api.post("/api/v1/scoring/groups", body("name", "Fit", "max_points", 10), theirs.token()))
                .path("id")
                .asString();
        String recompute =
                api.post("/api/v1/scoring/recompute", null, theirs.token()).text("id");

        assertProblem(api.get("/api/v1/scoring/rules/" + rule, mine.token()), 404, "not_found");
        assertProblem(api.patch("/api/v1/scoring/rules/" + rule, body("points", 50), mine.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/scoring/rules/" + rule, mine.token()), 404, "not_found");
        assertProblem(
                api.patch("/api/v1/scoring/groups/" + group, body("name", "X", "max_points", 5), mine.token()),
                404,
                "not_found");
        assertProblem(api.get("/api/v1/leads/" + lead + "/score", mine.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/leads/" + lead + "/score-history", mine.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/scoring/recompute/" + recompute, mine.token()), 404, "not_found");
        assertThat(rules(mine)).isEmpty();
        assertThat(api.get("/api/v1/scoring/rules/" + rule, theirs.token())
                        .json()
                        .path("points")
                        .asInt())
                .isEqualTo(20);
    }

    @Test
    void aRecomputeAnswers202AndReportsItsProgressToTheEnd() {
        Tenant tenant = signUp();
        for (int i = 0; i < 5; i++) {
            lead(tenant, "name", "Lead " + i, "source", i % 2 == 0 ? "referral" : "api");
        }
        var started = api.post("/api/v1/scoring/recompute", body("reason", "Checking"), tenant.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("total").asInt()).isEqualTo(5);
        assertThat(started.json().path("reason").asString()).isEqualTo("Checking");
        String id = started.text("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/scoring/recompute/" + id, tenant.token())
                .text("status")
                .equals("completed"));
        JsonNode done =
                api.get("/api/v1/scoring/recompute/" + id, tenant.token()).json();
        assertThat(done.path("processed").asInt()).isEqualTo(5);
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("finished_at").asString()).isNotBlank();
    }

    @Test
    void theDemoOrganizationShowsScoredLeadsWithComponentsOnFirstStart() {
        String token = apiSignIn("admin@acme.example", "switchboard-demo");
        String dana = api.get("/api/v1/leads?q=Dana%20Whitfield", token)
                .json()
                .path("data")
                .get(0)
                .path("id")
                .asString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode score = api.get("/api/v1/leads/" + dana + "/score", token).json();
            assertThat(score.path("components").toString()).contains("Budget of $400k or more");
        });
        JsonNode score = api.get("/api/v1/leads/" + dana + "/score", token).json();
        assertThat(score.path("score").asInt())
                .as("the score Dana was given stays: the rules explain part of it")
                .isEqualTo(api.get("/api/v1/leads/" + dana, token)
                        .json()
                        .path("lead")
                        .path("score")
                        .asInt());
        assertThat(api.get("/api/v1/scoring/rules", token).json().path("data").size())
                .isGreaterThanOrEqualTo(4);
    }

    // helpers

    private void budgetField(Tenant tenant) {
        created(api.post(
                "/api/v1/lead-fields",
                body("key", "budget", "label", "Budget", "field_type", "number"),
                tenant.token()));
    }

    /** A lead with these fields, and an e-mail address of its own (a lead needs a way to reach it). */
    String lead(Tenant tenant, Object... fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(body(fields));
        body.putIfAbsent("email", java.util.UUID.randomUUID() + "@example.com");
        return created(api.post("/api/v1/leads", body, tenant.token()))
                .path("id")
                .asString();
    }

    String rule(
            Tenant tenant,
            String name,
            String category,
            Map<String, Object> criteria,
            int points,
            String group,
            Integer halfLife) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(
                body("name", name, "category", category, "criteria", criteria, "points", points));
        if (group != null) {
            body.put("group", group);
        }
        if (halfLife != null) {
            body.put("half_life_days", halfLife);
        }
        return created(api.post("/api/v1/scoring/rules", body, tenant.token()))
                .path("id")
                .asString();
    }

    static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    List<JsonNode> rules(Tenant tenant) {
        List<JsonNode> rules = new ArrayList<>();
        api.get("/api/v1/scoring/rules", tenant.token()).json().path("data").forEach(rules::add);
        return rules;
    }

    JsonNode score(Tenant tenant, String lead) {
        var response = api.get("/api/v1/leads/" + lead + "/score", tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    JsonNode history(Tenant tenant, String lead) {
        var response = api.get("/api/v1/leads/" + lead + "/score-history?limit=200", tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("data");
    }

    static JsonNode component(JsonNode score, String kind) {
        for (JsonNode c : score.path("components")) {
            if (c.path("kind").asString().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " component in " + score);
    }

    /** Every recompute of the organization has completed (or was superseded). */
    void awaitRecomputed(Tenant tenant) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode all =
                    api.get("/api/v1/scoring/recompute", tenant.token()).json().path("data");
            for (JsonNode r : all) {
                if (r.path("status").asString().equals("running")) {
                    return false;
                }
            }
            return !all.isEmpty();
        });
    }

    /** Replaying the history from 0, oldest first, gives the score the lead has now. */
    void assertReplayGivesTheScore(Tenant tenant, String lead) {
        JsonNode history = history(tenant, lead);
        int score = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            JsonNode change = history.get(i);
            assertThat(change.path("previous").asInt())
                    .as("each change starts where the one before ended")
                    .isEqualTo(score);
            score += change.path("change").asInt();
        }
        assertThat(score).isEqualTo(score(tenant, lead).path("score").asInt());
        assertThat(score)
                .isEqualTo(api.get("/api/v1/leads/" + lead, tenant.token())
                        .json()
                        .path("lead")
                        .path("score")
                        .asInt());
    }
}
