package io.switchboard.campaigns;

import static io.switchboard.db.Tables.CAMPAIGN_MEMBERS;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.campaigns.internal.CallOutcomes;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.Telephony;
import io.switchboard.telephony.TelephonyTestZones;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CampaignsApiIT extends ApiTest {

    @Test
    void aCampaignCallsItsMembersThroughTheSimulatorAndCountsTheOutcomes() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String dana = telephony.lead("Dana Whitfield", "+14155550301");
        String eli = telephony.lead("Eli Navarro", "+14155550302");
        telephony.lead("Fay Criteria", "+14155550303");
        String campaign =
                new CampaignSteps(api, tenant).create(Map.of("name", "Spring buyers", "max_concurrent_calls", 2));

        var byIds = api.post(
                CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(dana, eli)), tenant.token());
        assertThat(byIds.status()).as(byIds.toString()).isEqualTo(200);
        assertThat(byIds.json().path("added").asInt()).isEqualTo(2);
        var again =
                api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(dana)), tenant.token());
        assertThat(again.json().path("already_members").asInt()).isEqualTo(1);
        var byCriteria = api.post(
                CampaignSteps.path(campaign, "/members"), Map.of("criteria", Map.of("q", "Criteria")), tenant.token());
        assertThat(byCriteria.json().path("added").asInt()).isEqualTo(1);

        var started = api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("active");

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("contacted").asInt() == 3);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(3);
        assertThat(stats.path("answered").asInt()).isEqualTo(3);
        assertThat(stats.path("exclusions").size()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/campaigns/" + campaign, tenant.token())
                .text("status")
                .equals("completed"));
        JsonNode calls =
                api.get("/api/v1/calls?campaign_id=" + campaign, tenant.token()).json();
        assertThat(calls.path("data").size()).isEqualTo(3);
        JsonNode members = api.get(CampaignSteps.path(campaign, "/members"), tenant.token())
                .json();
        assertThat(members.path("data").valueStream().map(m -> m.path("attempts")
                        .asInt()))
                .containsOnly(1);
        assertThat(api.get("/api/v1/campaigns?status=completed", tenant.token())
                        .json()
                        .path("data")
                        .get(0)
                        .path("id")
                        .asString())
                .isEqualTo(campaign);
    }

    @Test
    void pauseStopsDiallingAndResumeGoesOn() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String lead = telephony.lead("Gus Paused", "+14155550311");
        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Paused one"));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(lead)), tenant.token());
        assertThat(api.post(CampaignSteps.path(campaign, "/pause"), null, tenant.token())
                        .status())
                .as("a draft cannot be paused")
                .isEqualTo(409);
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        var paused = api.post(CampaignSteps.path(campaign, "/pause"), null, tenant.token());
        assertThat(paused.text("status")).isEqualTo("paused");
        assertProblem(
                api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token()), 409, "invalid_transition");

        var resumed = api.post(CampaignSteps.path(campaign, "/resume"), null, tenant.token());
        assertThat(resumed.text("status")).isEqualTo("active");
        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("contacted").asInt() == 1);
    }

    @Test
    void everyRefusalIsRecordedWithItsReason() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String fine = telephony.lead("Hal Fine", "+14155550321");
        String listed = telephony.lead("Ida Listed", "+14155550322");
        var asleep = api.post(
                "/api/v1/leads",
                Map.of("name", "Jo Asleep", "phone", "+14155550323", "timezone", TelephonyTestZones.at(3)),
                tenant.token());
        assertThat(api.post("/api/v1/dnc", Map.of("phone", "+14155550322", "reason", "asked"), tenant.token())
                        .status())
                .isEqualTo(201);
        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Careful"));
        api.post(
                CampaignSteps.path(campaign, "/members"),
                Map.of("lead_ids", List.of(fine, listed, asleep.text("id"))),
                tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(
                        campaign,
                        s -> s.path("members").path("contacted").asInt() == 1
                                && s.path("exclusions")
                                                .path("outside_calling_window")
                                                .asInt()
                                        == 1);
        assertThat(stats.path("exclusions").path("do_not_call").asInt()).isEqualTo(1);
        assertThat(stats.path("members").path("excluded").asInt()).isEqualTo(1);
        assertThat(stats.path("members").path("pending").asInt())
                .as("outside its window, the lead waits for the window to open")
                .isEqualTo(1);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(1);
        JsonNode report = api.get(CampaignSteps.path(campaign, "/exclusions?reason=do_not_call"), tenant.token())
                .json();
        assertThat(report.path("data").get(0).path("lead_id").asString()).isEqualTo(listed);
        assertThat(report.path("data").get(0).path("outcome").asString()).isEqualTo("excluded");
        JsonNode deferred = api.get(
                        CampaignSteps.path(campaign, "/exclusions?reason=outside_calling_window"), tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(deferred.path("outcome").asString()).isEqualTo("deferred");
        assertThat(deferred.path("next_allowed_at").isNull()).isFalse();
    }

    @Test
    void withConsentRequiredALeadWithoutConsentIsExcluded() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String lead = telephony.lead("Kim Noconsent", "+14155550331");
        var rules =
                api.patch("/api/v1/compliance/settings", Map.of("require_consent_for_ai_calls", true), tenant.token());
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Consent first"));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(lead)), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("excluded").asInt() == 1);
        assertThat(stats.path("exclusions").path("no_consent").asInt()).isEqualTo(1);
        assertThat(stats.path("total_calls").asInt()).isZero();
    }

    @Test
    void unansweredCallsAreRetriedByOutcomeUntilTheAttemptsRunOut() {
        Tenant tenant = signUp();
        Map<String, Object> unanswered = new LinkedHashMap<>(Telephony.FAST);
        unanswered.put("answer_rate", 0);
        unanswered.put("no_answer_rate", 1);
        Telephony telephony = new Telephony(api, tenant).simulator(unanswered);
        telephony.agent("Ava");
        String lead = telephony.lead("Lou Unreachable", "+14155550341");
        String campaign = new CampaignSteps(api, tenant)
                .create(Map.of(
                        "name",
                        "Persistent",
                        "max_attempts",
                        2,
                        "retry_delays",
                        Map.of("no_answer", 0, "busy", 0, "voicemail", 0, "failed", 0)));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(lead)), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("exhausted").asInt() == 1);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(2);
        assertThat(stats.path("answered").asInt()).isZero();
        JsonNode member = api.get(CampaignSteps.path(campaign, "/members"), tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(member.path("attempts").asInt()).isEqualTo(2);
        assertThat(member.path("last_outcome").asString()).isEqualTo("no_answer");
    }

    @Test
    void theConcurrencyLimitHoldsWhileCallsStayOpen() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        List<String> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leads.add(telephony.lead("Open " + i, "+1415555035" + i));
        }
        String campaign =
                new CampaignSteps(api, tenant).create(Map.of("name", "Two at a time", "max_concurrent_calls", 2));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", leads), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("calling").asInt() == 2);
        for (int round = 0; round < 10; round++) {
            JsonNode stats = new CampaignSteps(api, tenant).stats(campaign);
            assertThat(stats.path("members").path("calling").asInt()).isEqualTo(2);
            assertThat(stats.path("total_calls").asInt()).isEqualTo(2);
            assertThat(stats.path("members").path("pending").asInt()).isEqualTo(3);
        }
        JsonNode open =
                api.get("/api/v1/calls?campaign_id=" + campaign, tenant.token()).json();
        assertThat(open.path("data").size()).isEqualTo(2);
    }

    @Test
    void theDialerStopsWhereTheBudgetEndsAndSaysSo() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        List<String> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leads.add(telephony.lead("Budget " + i, "+1415555036" + i));
        }
        long hold = api.get("/api/v1/credits/estimate", tenant.token())
                .json()
                .path("amount")
                .asLong();
        assertThat(hold).isPositive();
        // Room for two calls' holds and a bit: never a third call.
        String campaign = new CampaignSteps(api, tenant)
                .create(Map.of(
                        "name", "Two calls' worth", "max_concurrent_calls", 5, "budget_minor", 2 * hold + hold / 2));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", leads), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("calling").asInt() == 2);
        for (int round = 0; round < 5; round++) {
            JsonNode stats = new CampaignSteps(api, tenant).stats(campaign);
            assertThat(stats.path("total_calls").asInt()).isEqualTo(2);
            assertThat(stats.path("calls_on").asInt()).isEqualTo(2);
            assertThat(stats.path("members").path("pending").asInt()).isEqualTo(3);
        }

        // The two calls end unanswered (nothing charged): the budget pays for two more calls.
        endAll(telephony, tenant, campaign, "no_answer", 0);
        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("total_calls").asInt() == 4);
        assertThat(new CampaignSteps(api, tenant)
                        .stats(campaign)
                        .path("charged")
                        .asLong())
                .isZero();
        // one never called, two to be tried again after the no-answer delay
        assertThat(new CampaignSteps(api, tenant)
                        .stats(campaign)
                        .path("members")
                        .path("pending")
                        .asInt())
                .isEqualTo(3);

        // These two talk for a whole hold each: what is left of the budget pays for no other call.
        endAll(telephony, tenant, campaign, "completed", 300);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/campaigns/" + campaign, tenant.token())
                .text("status")
                .equals("completed"));
        JsonNode done = api.get("/api/v1/campaigns/" + campaign, tenant.token()).json();
        assertThat(done.path("completion_reason").asString()).isEqualTo("budget_spent");
        JsonNode stats = new CampaignSteps(api, tenant).stats(campaign);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(4);
        assertThat(stats.path("charged").asLong()).isEqualTo(2 * hold);
        assertThat(stats.path("members").path("pending").asInt()).isEqualTo(3);
    }

    @Test
    void aCallerIdThatCannotBeUsedHoldsTheRoundButNeverLosesAPlacedCall() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        String agent = telephony.agent("Ava");
        String usable = telephony.number("+14155550370", agent);
        String retired = telephony.number("+14155550371", agent);
        List<String> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leads.add(telephony.lead("Rotation " + i, "+1415555038" + i));
        }
        String campaign = new CampaignSteps(api, tenant)
                .create(Map.of(
                        "name",
                        "Two lines",
                        "ai_agent_id",
                        agent,
                        "caller_number_ids",
                        List.of(usable, retired),
                        "max_concurrent_calls",
                        4));
        assertThat(api.patch("/api/v1/phone-numbers/" + retired, Map.of("active", false), tenant.token())
                        .status())
                .isEqualTo(200);
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", leads), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("calling").asInt() >= 1);
        for (int round = 0; round < 8; round++) {
            // every call placed drives its member: none is dialled twice, none is lost (read again
            // when the dialer placed a call between the two reads)
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                JsonNode stats = new CampaignSteps(api, tenant).stats(campaign);
                JsonNode calls = api.get("/api/v1/calls?campaign_id=" + campaign, tenant.token())
                        .json()
                        .path("data");
                assertThat(calls.valueStream()
                                .map(c -> c.path("lead_id").asString())
                                .distinct())
                        .hasSize(calls.size());
                assertThat(stats.path("members").path("calling").asInt()).isEqualTo(calls.size());
                assertThat(stats.path("total_calls").asInt()).isEqualTo(calls.size());
            });
            await().pollDelay(Duration.ofMillis(250)).until(() -> true);
        }
    }

    @Test
    void aCampaignWhoseGoalsAreReachedCompletes() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        List<String> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leads.add(telephony.lead("Goal " + i, "+1415555039" + i));
        }
        String campaign = new CampaignSteps(api, tenant)
                .create(Map.of("name", "Two conversations", "max_concurrent_calls", 1, "goals", Map.of("answered", 2)));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", leads), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/campaigns/" + campaign, tenant.token())
                .text("status")
                .equals("completed"));
        JsonNode done = api.get("/api/v1/campaigns/" + campaign, tenant.token()).json();
        assertThat(done.path("completion_reason").asString()).isEqualTo("goals_reached");
        JsonNode stats = new CampaignSteps(api, tenant).stats(campaign);
        assertThat(stats.path("answered").asInt()).isEqualTo(2);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(2);
        assertThat(stats.path("members").path("pending").asInt()).isEqualTo(4);
    }

    /** Ends the campaign's open calls with a provider webhook. */
    private void endAll(Telephony telephony, Tenant tenant, String campaign, String status, int seconds) {
        JsonNode calls = api.get("/api/v1/calls?campaign_id=" + campaign, tenant.token())
                .json()
                .path("data");
        for (JsonNode call : calls) {
            if (List.of("queued", "ringing", "in_progress")
                    .contains(call.path("status").asString())) {
                String provider = telephony.providerId(call.path("id").asString());
                telephony.webhook(
                        Telephony.event("call.status", provider, "status", status, "duration_seconds", seconds));
            }
        }
    }

    @Autowired
    CallOutcomes outcomes;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Test
    void aMemberLeftCallingWithoutACallIsQueuedAgain() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Ned Crashed", "+14155550371");
        String campaign =
                new CampaignSteps(api, tenant).create(Map.of("name", "Crash safe", "max_concurrent_calls", 1));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(lead)), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("calling").asInt() == 1);

        // As after a crash that lost the call: the member points at a call that does not exist.
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        tenants.run(org, () -> db.update(CAMPAIGN_MEMBERS)
                .set(CAMPAIGN_MEMBERS.LAST_CALL_ID, UUID.randomUUID())
                .set(CAMPAIGN_MEMBERS.CALLING_SINCE, OffsetDateTime.now().minusHours(1))
                .where(CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(UUID.fromString(campaign)))
                .execute());
        tenants.run(org, () -> outcomes.repair(Instant.now()));

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(
                        campaign,
                        s -> s.path("total_calls").asInt() == 2
                                && s.path("members").path("calling").asInt() == 1);
        assertThat(stats.path("members").size()).isEqualTo(1);
        JsonNode member = api.get(CampaignSteps.path(campaign, "/members"), tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(member.path("attempts").asInt())
                .as("the lost attempt is not counted")
                .isEqualTo(1);
        assertThat(api.get("/api/v1/calls?campaign_id=" + campaign, tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void theDialerCallsTheHighestScoredDueMembersFirstAndFollowsScoresThatChange() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        List<String> leads = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leads.add(telephony.lead("Ranked " + i, "+1415555038" + i));
        }
        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Hot first", "max_concurrent_calls", 2));
        assertThat(api.get("/api/v1/campaigns/" + campaign, tenant.token()).text("dial_order"))
                .isEqualTo("score_desc");
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", leads), tenant.token());
        // Scored after they joined, in reverse of their arrival: the members follow their leads' scores.
        int[] scores = {10, 35, 20, 90, 80};
        for (int i = 0; i < leads.size(); i++) {
            var scored = api.patch("/api/v1/leads/" + leads.get(i), Map.of("score", scores[i]), tenant.token());
            assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        }
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tenants.call(
                                org,
                                () -> db.fetchCount(
                                        CAMPAIGN_MEMBERS,
                                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(UUID.fromString(campaign)),
                                        CAMPAIGN_MEMBERS.SCORE.ge(80)))
                        == 2);
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        new CampaignSteps(api, tenant)
                .awaitStats(campaign, s -> s.path("members").path("calling").asInt() == 2);
        List<String> called = api.get("/api/v1/calls?campaign_id=" + campaign, tenant.token())
                .json()
                .path("data")
                .valueStream()
                .map(c -> c.path("lead_id").asString())
                .toList();
        assertThat(called).containsExactlyInAnyOrder(leads.get(3), leads.get(4));
    }

    @Test
    void anotherOrganizationsCampaignIsNotFoundEverywhere() {
        Tenant owner = signUp();
        Tenant other = signUp();
        String campaign = new CampaignSteps(api, owner).create(Map.of("name", "Private"));
        String token = other.token();
        assertProblem(api.get("/api/v1/campaigns/" + campaign, token), 404, "not_found");
        assertProblem(api.patch("/api/v1/campaigns/" + campaign, Map.of("name", "Mine"), token), 404, "not_found");
        assertProblem(api.delete("/api/v1/campaigns/" + campaign, token), 404, "not_found");
        assertProblem(
                api.post(CampaignSteps.path(campaign, "/members"), Map.of("criteria", Map.of()), token),
                404,
                "not_found");
        assertProblem(api.get(CampaignSteps.path(campaign, "/members"), token), 404, "not_found");
        assertProblem(api.post(CampaignSteps.path(campaign, "/start"), null, token), 404, "not_found");
        assertProblem(api.post(CampaignSteps.path(campaign, "/pause"), null, token), 404, "not_found");
        assertProblem(api.post(CampaignSteps.path(campaign, "/resume"), null, token), 404, "not_found");
        assertProblem(api.get(CampaignSteps.path(campaign, "/stats"), token), 404, "not_found");
        assertProblem(api.get(CampaignSteps.path(campaign, "/exclusions"), token), 404, "not_found");
        assertThat(api.get("/api/v1/campaigns", token).json().path("data").size())
                .isZero();
        assertThat(api.get("/api/v1/campaigns/" + campaign, owner.token()).text("name"))
                .isEqualTo("Private");
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        String lead = telephony.lead("Max Valid", "+14155550361");
        assertProblem(api.post("/api/v1/campaigns", Map.of("name", ""), tenant.token()), 400, "validation_failed");
        assertProblem(
                api.post("/api/v1/campaigns", Map.of("name", "x", "max_concurrent_calls", 0), tenant.token()),
                400,
                "invalid_range");
        assertProblem(
                api.post(
                        "/api/v1/campaigns",
                        Map.of(
                                "name",
                                "x",
                                "schedule",
                                Map.of("days", List.of("funday"), "time_zone", "UTC", "window_start", "09:00")),
                        tenant.token()),
                400,
                "invalid_value");
        assertProblem(
                api.post("/api/v1/campaigns", Map.of("name", "x", "goals", Map.of("happiness", 3)), tenant.token()),
                400,
                "unknown_goal");
        assertProblem(
                api.post("/api/v1/campaigns", Map.of("name", "x", "goals", Map.of("transferred", 0)), tenant.token()),
                400,
                "invalid_goal");
        var unknownFilter =
                api.post("/api/v1/campaigns", Map.of("name", "x", "criteria", Map.of("colour", "red")), tenant.token());
        assertThat(unknownFilter.status()).as(unknownFilter.toString()).isEqualTo(400);
        assertThat(unknownFilter.body()).contains("colour");
        assertThat(api.get("/api/v1/campaigns", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();

        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Strict"));
        assertProblem(
                api.post(
                        CampaignSteps.path(campaign, "/members"),
                        Map.of("lead_ids", List.of(lead, "0190f5a0-0000-7000-8000-000000000000")),
                        tenant.token()),
                400,
                "invalid_reference");
        assertProblem(
                api.post(
                        CampaignSteps.path(campaign, "/members"),
                        Map.of("lead_ids", List.of(lead), "criteria", Map.of()),
                        tenant.token()),
                400,
                "invalid_members");
        assertProblem(api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token()), 409, "no_members");
        assertThat(new CampaignSteps(api, tenant)
                        .stats(campaign)
                        .path("members")
                        .size())
                .as("nothing was added")
                .isZero();
        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, Map.of("max_attempts", 99), tenant.token()),
                400,
                "invalid_range");
        assertThat(api.get("/api/v1/campaigns/" + campaign, tenant.token())
                        .json()
                        .path("max_attempts")
                        .asInt())
                .isEqualTo(3);
        var patched = api.patch("/api/v1/campaigns/" + campaign, Map.of("description", "ok"), tenant.token());
        assertThat(patched.text("description")).isEqualTo("ok");
        assertThat(patched.text("name")).isEqualTo("Strict");
        var preview =
                api.post("/api/v1/campaigns/preview", Map.of("criteria", Map.of("q", "Max Valid")), tenant.token());
        assertThat(preview.json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void inputOverItsLimitsIsRefusedNamingTheFieldAndChangesNothing() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        String lead = telephony.lead("Over Limit", "+14155550371");
        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Limits"));
        List<String> tooMany = new ArrayList<>(List.of(lead));
        while (tooMany.size() <= CampaignMembership.MAX_BY_ID) {
            tooMany.add(UUID.randomUUID().toString());
        }

        assertRefused(
                api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", tooMany), tenant.token()),
                "lead_ids");
        assertRefused(
                api.post(
                        CampaignSteps.path(campaign, "/members"),
                        Map.of("criteria", Map.of("status", Collections.nCopies(201, "new"))),
                        tenant.token()),
                "criteria.status");
        assertRefused(
                api.post(
                        CampaignSteps.path(campaign, "/members"),
                        Map.of("criteria", Map.of("q", "x".repeat(201))),
                        tenant.token()),
                "criteria.q");
        assertRefused(
                api.post(
                        "/api/v1/campaigns/preview",
                        Map.of("criteria", Map.of("custom", Map.of("budget", "9".repeat(1001)))),
                        tenant.token()),
                "criteria.custom[budget]");
        assertThat(new CampaignSteps(api, tenant)
                        .stats(campaign)
                        .path("members")
                        .size())
                .as("nothing was added")
                .isZero();

        assertRefused(
                api.post(
                        "/api/v1/campaigns",
                        Map.of("name", "Dollars", "budget_minor", 100, "budget_currency", "usd"),
                        tenant.token()),
                "budget_currency");
        assertRefused(
                api.patch(
                        "/api/v1/campaigns/" + campaign,
                        Map.of("budget_minor", 100, "budget_currency", "EURO"),
                        tenant.token()),
                "budget_currency");
        assertThat(api.get("/api/v1/campaigns", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .as("no campaign was created")
                .isOne();
        assertThat(api.get("/api/v1/campaigns/" + campaign, tenant.token())
                        .json()
                        .path("budget_minor")
                        .isNumber())
                .as("the campaign was not changed")
                .isFalse();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertProblem(response, 400, "validation_failed");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .as(response.toString())
                .contains(field);
    }
}
