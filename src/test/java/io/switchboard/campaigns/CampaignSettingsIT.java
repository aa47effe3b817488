package io.switchboard.campaigns;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.telephony.Telephony;
import io.switchboard.telephony.TelephonyTestZones;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A running campaign's settings changed through PATCH, and what its progress says it waits for. */
class CampaignSettingsIT extends ApiTest {

    @Test
    void aRunningCampaignTakesTheNewConcurrencyOnTheNextRoundAndTheChangeIsAudited() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leads.add(telephony.lead("Patch " + i, "+1415555046" + i));
        }
        CampaignSteps steps = new CampaignSteps(api, tenant);
        String campaign = steps.create(Map.of("name", "Two, then four", "max_concurrent_calls", 2));
        api.post(CampaignSteps.path(campaign, "/members"), Map.of("lead_ids", leads), tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        steps.awaitStats(campaign, s -> s.path("members").path("calling").asInt() == 2);

        JsonNode waiting = api.get(CampaignSteps.path(campaign, "/progress"), tenant.token())
                .json()
                .path("waiting");
        assertThat(waiting.valueStream()
                        .map(w -> w.path("code").asString() + " "
                                + w.path("count").asInt() + "/" + w.path("of").asInt()))
                .contains("concurrency_limit 2/2");

        var patched = api.patch("/api/v1/campaigns/" + campaign, Map.of("max_concurrent_calls", 4), tenant.token());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().path("max_concurrent_calls").asInt()).isEqualTo(4);
        assertThat(patched.text("status")).isEqualTo("active");
        JsonNode stats = steps.awaitStats(
                campaign, s -> s.path("members").path("calling").asInt() == 4);
        assertThat(stats.path("total_calls").asInt()).isEqualTo(4);

        JsonNode audit = api.get("/api/v1/audit?action=campaign.updated", tenant.token())
                .json()
                .path("data");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).toString())
                .contains("max_concurrent_calls")
                .contains("2")
                .contains("4");
    }

    @Test
    void anInvalidChangeIsRefusedWithItsFieldAndChangesNothing() {
        Tenant tenant = signUp();
        CampaignSteps steps = new CampaignSteps(api, tenant);
        String campaign = steps.create(Map.of("name", "Steady", "max_concurrent_calls", 3));

        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, Map.of("max_concurrent_calls", 0), tenant.token()),
                400,
                "invalid_range");
        var badWindow = api.patch(
                "/api/v1/campaigns/" + campaign,
                Map.of(
                        "max_concurrent_calls",
                        7,
                        "schedule",
                        Map.of(
                                "days",
                                List.of("monday"),
                                "window_start",
                                "18:00",
                                "window_end",
                                "09:00",
                                "time_zone",
                                "UTC")),
                tenant.token());
        assertProblem(badWindow, 400, "invalid_value");
        assertThat(badWindow.json().path("errors").get(0).path("field").asString())
                .isEqualTo("schedule");
        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, Map.of("budget_minor", -5), tenant.token()),
                400,
                "invalid_range");

        JsonNode unchanged =
                api.get("/api/v1/campaigns/" + campaign, tenant.token()).json();
        assertThat(unchanged.path("max_concurrent_calls").asInt()).isEqualTo(3);
        assertThat(unchanged.path("schedule").path("window_start").asString()).startsWith("00:00");
        assertThat(unchanged.path("budget_minor").isNull()).isTrue();
        assertThat(api.get("/api/v1/audit?action=campaign.updated", tenant.token())
                        .json()
                        .path("data"))
                .isEmpty();
    }

    @Test
    void anotherOrganizationsCampaignCannotBeChangedOrWatched() {
        Tenant owner = signUp();
        Tenant other = signUp();
        String campaign = new CampaignSteps(api, owner).create(Map.of("name", "Ours", "max_concurrent_calls", 3));

        assertProblem(
                api.patch("/api/v1/campaigns/" + campaign, Map.of("max_concurrent_calls", 9), other.token()),
                404,
                "not_found");
        assertProblem(api.get(CampaignSteps.path(campaign, "/progress"), other.token()), 404, "not_found");
        assertThat(api.get("/api/v1/campaigns/" + campaign, owner.token())
                        .json()
                        .path("max_concurrent_calls")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void progressSaysHowManyLeadsWaitForTheirCallingWindowAndUntilWhen() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String awake = telephony.lead("Kai Awake", "+14155550471");
        var asleep = api.post(
                "/api/v1/leads",
                Map.of("name", "Lu Asleep", "phone", "+14155550472", "timezone", TelephonyTestZones.at(3)),
                tenant.token());
        CampaignSteps steps = new CampaignSteps(api, tenant);
        String campaign = steps.create(Map.of("name", "Night and day"));
        api.post(
                CampaignSteps.path(campaign, "/members"),
                Map.of("lead_ids", List.of(awake, asleep.text("id"))),
                tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        steps.awaitStats(
                campaign,
                s -> s.path("members").path("contacted").asInt() == 1
                        && s.path("exclusions").path("outside_calling_window").asInt() == 1);

        JsonNode progress = api.get(CampaignSteps.path(campaign, "/progress"), tenant.token())
                .json();
        assertThat(progress.path("members").asInt()).isEqualTo(2);
        assertThat(progress.path("done").asInt()).isEqualTo(1);
        assertThat(progress.path("remaining").asInt()).isEqualTo(1);
        JsonNode window = progress.path("waiting")
                .valueStream()
                .filter(w -> w.path("code").asString().equals("outside_calling_window"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(progress.toString()));
        assertThat(window.path("count").asInt()).isEqualTo(1);
        assertThat(window.path("next").isNull()).isFalse();
        assertThat(progress.path("activity")
                        .valueStream()
                        .mapToInt(a -> a.path("placed").asInt())
                        .sum())
                .isEqualTo(1);
    }
}
