package io.switchboard.campaigns;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.switchboard.support.ApiTest;
import io.switchboard.telephony.Telephony;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A lead is not called again within a day of a conversation, nor more than three times a day,
 * whoever calls: a campaign's dialer or a person pressing Call.
 */
class ContactFrequencyIT extends ApiTest {

    @Test
    void theDefaultsAreADayAfterAConversationAndThreeAttemptsADayAndSevenAWeek() {
        Tenant tenant = signUp();

        JsonNode settings =
                api.get("/api/v1/compliance/settings", tenant.token()).json();

        assertThat(settings.path("hours_after_conversation").asInt()).isEqualTo(24);
        assertThat(settings.path("max_attempts_per_day").asInt()).isEqualTo(3);
        assertThat(settings.path("max_attempts_per_week").asInt()).isEqualTo(7);
    }

    @Test
    void aManualCallRightAfterAConversationIsRefusedSayingWhenItMayBePlaced() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Dana Spoken", "+14155550601");
        String other = telephony.lead("Eli Fresh", "+14155550602");
        JsonNode ended = converse(telephony, lead);
        Instant endedAt = Instant.parse(ended.path("ended_at").asString());

        var again = api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token());

        assertProblem(again, 409, "recently_contacted");
        assertThat(Instant.parse(again.json().path("next_allowed_at").asString()))
                .isCloseTo(endedAt.plus(Duration.ofHours(24)), within(1, ChronoUnit.SECONDS));
        assertThat(again.json().path("detail").asString()).contains("too recently");
        assertThat(api.post("/api/v1/calls", Map.of("lead_id", other), tenant.token())
                        .status())
                .as("another lead is not affected")
                .isEqualTo(201);
    }

    @Test
    void aCampaignDefersALeadSpokenWithTodayAndCallsTheOthers() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String spoken = telephony.lead("Fay Spoken", "+14155550611");
        String fresh = telephony.lead("Gil Fresh", "+14155550612");
        converse(telephony, spoken);
        telephony.simulator(Telephony.FAST);
        String campaign = new CampaignSteps(api, tenant).create(Map.of("name", "Second go"));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(spoken, fresh)), tenant.token());

        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(
                        campaign,
                        s -> s.path("members").path("contacted").asInt() == 1
                                && s.path("exclusions")
                                                .path("recently_contacted")
                                                .asInt()
                                        == 1);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(1);
        assertThat(stats.path("members").path("pending").asInt())
                .as("deferred, not excluded: it is called once the day has passed")
                .isEqualTo(1);
        JsonNode deferred = api.get(
                        CampaignSteps.path(campaign, "/exclusions?reason=recently_contacted"), tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(deferred.path("lead_id").asString()).isEqualTo(spoken);
        assertThat(deferred.path("outcome").asString()).isEqualTo("deferred");
        assertThat(Instant.parse(deferred.path("next_allowed_at").asString()))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
    }

    @Test
    void unansweredRetriesStopAtTheDailyMaximumAcrossTheDialerAndManualCalls() {
        Tenant tenant = signUp();
        Map<String, Object> unanswered = new LinkedHashMap<>(Telephony.FAST);
        unanswered.put("answer_rate", 0);
        unanswered.put("no_answer_rate", 1);
        Telephony telephony = new Telephony(api, tenant).simulator(unanswered);
        telephony.agent("Ava");
        String lead = telephony.lead("Hal Unreachable", "+14155550621");
        telephony.awaitStatus(telephony.call(lead), "no_answer");
        String campaign = new CampaignSteps(api, tenant)
                .create(Map.of(
                        "name",
                        "Persistent",
                        "max_attempts",
                        5,
                        "retry_delays",
                        Map.of("no_answer", 0, "busy", 0, "voicemail", 0, "failed", 0)));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", List.of(lead)), tenant.token());

        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());

        JsonNode stats = new CampaignSteps(api, tenant)
                .awaitStats(
                        campaign,
                        s -> s.path("exclusions").path("recently_contacted").asInt() >= 1);
        assertThat(stats.path("total_calls").asInt())
                .as("one manual attempt and two by the dialer make the day's three")
                .isEqualTo(2);
        assertThat(stats.path("members").path("pending").asInt()).isEqualTo(1);
        assertProblem(api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token()), 409, "recently_contacted");
    }

    @Test
    void limitsThatContradictEachOtherAreRefusedAndChangeNothing() {
        Tenant tenant = signUp();

        var refused = api.patch(
                "/api/v1/compliance/settings",
                Map.of("max_attempts_per_day", 5, "max_attempts_per_week", 4),
                tenant.token());
        var negative = api.patch("/api/v1/compliance/settings", Map.of("hours_after_conversation", -1), tenant.token());

        assertProblem(refused, 400, "invalid_range");
        assertThat(refused.json().path("errors").findValuesAsString("field")).contains("max_attempts_per_week");
        assertProblem(negative, 400, "validation_failed");
        JsonNode settings =
                api.get("/api/v1/compliance/settings", tenant.token()).json();
        assertThat(settings.path("max_attempts_per_day").asInt()).isEqualTo(3);
        assertThat(settings.path("hours_after_conversation").asInt()).isEqualTo(24);
    }

    /**
     * A conversation played as the provider, with no transcript: the simulator's own scripts may
     * end with a do-not-call request, which would refuse the next call for another reason.
     */
    private static JsonNode converse(Telephony telephony, String lead) {
        String call = telephony.call(lead);
        String sid = telephony.providerId(call);
        telephony.webhook(Telephony.event("call.status", sid, "status", "in_progress"));
        telephony.webhook(Telephony.event("call.status", sid, "status", "completed", "duration_seconds", 61));
        return telephony.awaitStatus(call, "completed");
    }
}
