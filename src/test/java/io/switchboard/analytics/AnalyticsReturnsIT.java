package io.switchboard.analytics;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.conversations.CallConversations;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Revenue and spend over HTTP on the embedded database: won values, a vendor's cost per lead and a
 * marketing campaign's spend per day give revenue, spend, cost per qualified lead and ROI that equal
 * the raw records, a later won value corrects its day, another organization sees none of it and bad
 * amounts are 400 with nothing changed.
 */
class AnalyticsReturnsIT extends ApiTest {

    @Autowired
    TenantTransactions tenants;

    @Autowired
    SimulatedCalls simulated;

    @Autowired
    AiAgentManagement agents;

    @Autowired
    CallConversations conversations;

    @Test
    void revenueAndSpendEqualTheRawRecordsAndALaterValueCorrectsItsDay() {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        LocalDate today = LocalDate.now(zone(tenant));
        String range = "?from=" + today.minusDays(1) + "&to=" + today;

        var vendor = api.post("/api/v1/vendors", body("name", "HomeFinder"), tenant.token());
        String vendorId = vendor.json().path("vendor").path("id").asString();
        var priced = api.patch(
                "/api/v1/vendors/" + vendorId,
                body("cost_per_lead", Map.of("amount_minor", 4000, "currency", "USD")),
                tenant.token());
        assertThat(priced.status()).as(priced.toString()).isEqualTo(200);
        assertThat(priced.json().path("cost_per_lead").path("amount_minor").asLong())
                .isEqualTo(4000);
        String campaign = api.post(
                        "/api/v1/marketing-campaigns",
                        body("name", "Open house", "platform", "facebook", "vendor_id", vendorId),
                        tenant.token())
                .text("id");
        String key = vendor.text("api_key");
        String won = intake(key, "Vera Vendor", "(512) 555-0500", campaign);
        intake(key, "Walt Vendor", "(512) 555-0501", campaign);
        String plain = lead(tenant, "Pia Plain", "(512) 555-0502");
        spend(tenant, campaign, today.minusDays(1), 12_000);
        spend(tenant, campaign, today, 8_000);
        spend(tenant, campaign, today, 9_000); // the platform's corrected report replaces the day

        AiAgentId agent = agent(org);
        Instant ended = Instant.now().plusSeconds(300);
        List<CallId> placed = List.of(
                tenants.call(
                        org,
                        () -> simulated.recordPast(UUID.fromString(won), agent, "hot-buyer-financing", 120, ended)),
                tenants.call(
                        org,
                        () -> simulated.recordPast(UUID.fromString(plain), agent, "cold-not-interested", 60, ended)));
        var patched =
                api.patch("/api/v1/leads/" + won, body("status", "converted", "value_minor", 500_000), tenant.token());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.text("currency")).isEqualTo("USD");

        await().atMost(Duration.ofSeconds(60)).until(() -> analysed(org, placed));
        long qualified = qualifiedLeads(org, placed);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode totals = overview(tenant, range).path("totals");
                    assertThat(totals.path("revenue_minor").asLong()).isEqualTo(rawRevenue(tenant));
                    assertThat(totals.path("vendor_spend_minor").asLong()).isEqualTo(2 * 4000);
                    assertThat(totals.path("marketing_spend_minor").asLong())
                            .isEqualTo(rawSpend(tenant, campaign, range));
                    assertThat(totals.path("leads_qualified").asLong()).isEqualTo(qualified);
                });
        assertThat(rawSpend(tenant, campaign, range)).isEqualTo(21_000);

        // A late correction: the won value changes, the day the lead was created follows.
        api.patch("/api/v1/leads/" + won, body("value_minor", 650_000), tenant.token());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode series = overview(tenant, range).path("series");
                    return series.get(1).path("revenue_minor").asLong() == 650_000
                            && series.get(0).path("revenue_minor").asLong() == 0;
                });
        JsonNode fromEvents = overview(tenant, range);
        JsonNode totals = fromEvents.path("totals");
        long cost = totals.path("spend_minor").asLong()
                + totals.path("credits_spent_minor").asLong();
        assertThat(totals.path("spend_minor").asLong()).isEqualTo(8_000 + 21_000);
        if (qualified > 0) {
            assertThat(totals.path("cost_per_qualified_lead_minor").asLong())
                    .isEqualTo(Math.round((double) cost / qualified));
        } else {
            assertThat(totals.path("cost_per_qualified_lead_minor").isNull()).isTrue();
        }
        assertThat(totals.path("cost_per_lead_minor").asLong()).isEqualTo(Math.round(cost / 3.0));
        assertThat(totals.path("roi").asDouble()).isEqualTo(Math.round((650_000 - cost) * 1000.0 / cost) / 1000.0);
        assertThat(fromEvents.path("currency").asString()).isEqualTo("USD");

        rebuild(tenant, today);
        JsonNode rebuilt = overview(tenant, range);
        assertThat(rebuilt.path("series")).isEqualTo(fromEvents.path("series"));
        assertThat(rebuilt.path("totals")).isEqualTo(fromEvents.path("totals"));

        JsonNode byCampaign = api.get("/api/v1/analytics/marketing-campaigns" + range, tenant.token())
                .json()
                .path("rows")
                .get(0);
        assertThat(byCampaign.path("key").asString()).isEqualTo(campaign);
        assertThat(byCampaign.path("figures").path("revenue_minor").asLong()).isEqualTo(650_000);
        assertThat(byCampaign.path("figures").path("spend_minor").asLong()).isEqualTo(29_000);
        JsonNode byVendor = api.get("/api/v1/analytics/vendors" + range, tenant.token())
                .json()
                .path("rows")
                .get(0);
        assertThat(byVendor.path("figures").path("vendor_spend_minor").asLong()).isEqualTo(8_000);
        assertThat(byVendor.path("figures").path("marketing_spend_minor").asLong())
                .isZero();
        assertThat(api.get(byVendor.path("drill").path("leads_qualified").asString(), tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(byVendor.path("figures").path("leads_qualified").asInt());
        JsonNode byAgent = api.get("/api/v1/analytics/ai-agents" + range, tenant.token())
                .json()
                .path("rows")
                .get(0);
        assertThat(byAgent.path("figures").path("revenue_minor").asLong()).isEqualTo(650_000);
        var csv = api.get("/api/v1/analytics/overview" + range + "&format=csv", tenant.token());
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains(",revenue_minor,leads_qualified,");

        assertOtherOrganizationSeesNothing(tenant, won, vendorId, campaign, range);
        assertBadAmountsChangeNothing(tenant, won, vendorId, campaign, today, rebuilt);
    }

    private void assertOtherOrganizationSeesNothing(
            Tenant tenant, String lead, String vendor, String campaign, String range) {
        Tenant other = signUp();
        assertProblem(api.patch("/api/v1/leads/" + lead, body("value_minor", 1), other.token()), 404, "not_found");
        assertThat(api.patch(
                                "/api/v1/vendors/" + vendor,
                                body("cost_per_lead", Map.of("amount_minor", 1, "currency", "USD")),
                                other.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/marketing-campaigns/" + campaign + "/spend/" + LocalDate.now(zone(tenant)),
                                body("amount_minor", 1),
                                other.token(),
                                Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/marketing-campaigns/" + campaign + "/spend", other.token())
                        .status())
                .isEqualTo(404);
        JsonNode theirs = overview(other, range).path("totals");
        assertThat(theirs.path("revenue_minor").asLong()).isZero();
        assertThat(theirs.path("spend_minor").asLong()).isZero();
        assertThat(api.get("/api/v1/analytics/vendors" + range, other.token())
                        .json()
                        .path("rows")
                        .size())
                .isZero();
    }

    private void assertBadAmountsChangeNothing(
            Tenant tenant, String lead, String vendor, String campaign, LocalDate today, JsonNode before) {
        String path = "/api/v1/leads/" + lead;
        assertProblem(api.patch(path, body("value_minor", -5), tenant.token()), 400, "validation_failed");
        assertProblem(
                api.patch(path, body("value_minor", 10, "currency", "ABC"), tenant.token()), 400, "unknown_currency");
        assertThat(api.patch(path, "{\"value_minor\": 12.5}", tenant.token()).status())
                .isEqualTo(400);
        assertProblem(api.patch(path, body("currency", "usd"), tenant.token()), 400, "invalid_currency");
        JsonNode unchanged = api.get(path, tenant.token()).json().path("lead");
        assertThat(unchanged.path("value_minor").asLong()).isEqualTo(650_000);
        assertThat(unchanged.path("currency").asString()).isEqualTo("USD");
        assertProblem(
                api.patch(
                        "/api/v1/vendors/" + vendor,
                        body("cost_per_lead", Map.of("amount_minor", 100, "currency", "ZZZ")),
                        tenant.token()),
                400,
                "unknown_currency");
        assertProblem(api.patch("/api/v1/vendors/" + vendor, body(), tenant.token()), 400, "nothing_to_change");
        String spend = "/api/v1/marketing-campaigns/" + campaign + "/spend/";
        assertThat(api.send("PUT", spend + today, body("amount_minor", -1), tenant.token(), Map.of())
                        .status())
                .isEqualTo(400);
        assertProblem(
                api.send("PUT", spend + today.plusDays(5), body("amount_minor", 1), tenant.token(), Map.of()),
                400,
                "day_in_future");
        assertThat(api.get("/api/v1/vendors/" + vendor, tenant.token())
                        .json()
                        .path("cost_per_lead")
                        .path("amount_minor")
                        .asLong())
                .isEqualTo(4000);
        String range = "?from=" + today.minusDays(1) + "&to=" + today;
        assertThat(overview(tenant, range).path("totals")).isEqualTo(before.path("totals"));
    }

    /** Won values of the converted leads (all created in the range), read from the lead list. */
    private long rawRevenue(Tenant tenant) {
        JsonNode page = api.get("/api/v1/leads?status=converted&limit=200", tenant.token())
                .json();
        long sum = 0;
        for (JsonNode lead : page.path("data")) {
            sum += "USD".equals(lead.path("currency").asString())
                    ? lead.path("value_minor").asLong()
                    : 0;
        }
        return sum;
    }

    private long rawSpend(Tenant tenant, String campaign, String range) {
        long sum = 0;
        for (JsonNode day : api.get("/api/v1/marketing-campaigns/" + campaign + "/spend" + range, tenant.token())
                .json()
                .path("data")) {
            sum += day.path("amount_minor").asLong();
        }
        return sum;
    }

    private boolean analysed(OrganizationId org, List<CallId> calls) {
        return tenants.call(org, () -> calls.stream()
                .allMatch(c -> conversations.findAnalysis(c).isPresent()));
    }

    /** Leads with a hot or warm call outcome, from the calls' analyses. */
    private long qualifiedLeads(OrganizationId org, List<CallId> calls) {
        return tenants.call(org, () -> calls.stream()
                .filter(c -> conversations
                        .findAnalysis(c)
                        .map(a -> List.of("hot", "warm")
                                .contains(a.analysis().qualification().toString()))
                        .orElse(false))
                .count());
    }

    private void rebuild(Tenant tenant, LocalDate today) {
        var rebuild = api.post(
                "/api/v1/analytics/rebuild",
                body("from", today.minusDays(1).toString(), "to", today.toString()),
                tenant.token());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        String id = rebuild.text("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> "completed"
                .equals(api.get("/api/v1/analytics/rebuilds/" + id, tenant.token())
                        .text("status")));
    }

    private void spend(Tenant tenant, String campaign, LocalDate day, long amount) {
        var response = api.send(
                "PUT",
                "/api/v1/marketing-campaigns/" + campaign + "/spend/" + day,
                body("amount_minor", amount),
                tenant.token(),
                Map.of());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private String intake(String key, String name, String phone, String campaign) {
        var created = api.post(
                "/api/v1/intake/leads", body("name", name, "phone", phone, "marketing_campaign_id", campaign), key);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private String lead(Tenant tenant, String name, String phone) {
        var created =
                api.post("/api/v1/leads", body("name", name, "phone", phone, "source", "website"), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private ZoneId zone(Tenant tenant) {
        return ZoneId.of(api.get("/api/v1/analytics/overview", tenant.token()).text("timezone"));
    }

    private JsonNode overview(Tenant tenant, String range) {
        var response = api.get("/api/v1/analytics/overview" + range, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private AiAgentId agent(OrganizationId org) {
        return tenants.call(
                org, () -> agents.create(NewAiAgent.simulated("Ava"), null).id());
    }
}
