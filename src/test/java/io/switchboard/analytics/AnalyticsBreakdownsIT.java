package io.switchboard.analytics;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.NewLead;
import io.switchboard.shared.OrganizationId;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.NewMarketingCampaign;
import io.switchboard.sources.Platform;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.NewPhoneNumber;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Figures per phone number (the calls placed from it) and per marketing campaign (the leads it
 * brought and their calls), each with drill links that list exactly the records counted.
 */
class AnalyticsBreakdownsIT extends ApiTest {

    @Autowired
    TenantTransactions tenants;

    @Autowired
    SimulatedCalls simulated;

    @Autowired
    AiAgentManagement agents;

    @Autowired
    PhoneNumberManagement numbers;

    @Autowired
    MarketingCampaigns marketing;

    @Autowired
    LeadManagement leads;

    @Test
    void numbersAndMarketingCampaignsHaveFiguresThatDrillDownToTheirRecords() {
        Tenant tenant = signUp();
        Tenant other = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        String[] ids = tenants.call(org, () -> {
            AiAgentId agent = agents.create(NewAiAgent.simulated("Ava"), null).id();
            String number = numbers.create(
                            new NewPhoneNumber(
                                    "Austin line", "+15125550100", ProviderKind.SIMULATED, null, null, agent),
                            null)
                    .id()
                    .value()
                    .toString();
            var spring = marketing.create(
                    new NewMarketingCampaign("Spring open house", null, Platform.FACEBOOK, null, null, null));
            NewLead lead = NewLead.named("Dana Whitfield").withContact(null, "+14155550190", null);
            UUID brought = leads.create(
                            new NewLead(
                                    lead.name(),
                                    null,
                                    lead.phone(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    spring.id().value(),
                                    null,
                                    null,
                                    false),
                            null)
                    .id()
                    .value();
            leads.create(NewLead.named("Walk In").withContact(null, "+14155550191", null), null);
            simulated.recordPast(
                    brought, agent, "hot-buyer-financing", 60, Instant.now().minusSeconds(600));
            return new String[] {number, spring.id().value().toString()};
        });

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode number = row(tenant, "/api/v1/analytics/numbers", ids[0]);
            assertThat(number.path("name").asString()).isEqualTo("+15125550100");
            assertThat(number.path("figures").path("calls_placed").asLong()).isEqualTo(1);
            assertThat(count(tenant, number.path("drill").path("calls_placed").asString()))
                    .isEqualTo(1);
            JsonNode campaign = row(tenant, "/api/v1/analytics/marketing-campaigns", ids[1]);
            assertThat(campaign.path("name").asString()).isEqualTo("Spring open house");
            assertThat(campaign.path("figures").path("leads_created").asLong()).isEqualTo(1);
            assertThat(campaign.path("figures").path("calls_answered").asLong()).isEqualTo(1);
            assertThat(count(
                            tenant, campaign.path("drill").path("leads_created").asString()))
                    .isEqualTo(1);
            // The hot call qualifies the lead it brought, and the drill list names that lead.
            assertThat(campaign.path("figures").path("leads_qualified").asLong())
                    .isEqualTo(1);
            JsonNode qualified = api.get(
                            campaign.path("drill").path("leads_qualified").asString(), tenant.token())
                    .json()
                    .path("data");
            assertThat(qualified).hasSize(1);
            assertThat(qualified.get(0).path("name").asString()).isEqualTo("Dana Whitfield");
            assertThat(qualified.get(0).path("outcome").asString()).isEqualTo("hot");
        });
        String qualifiedLink = row(tenant, "/api/v1/analytics/marketing-campaigns", ids[1])
                .path("drill")
                .path("leads_qualified")
                .asString();
        assertThat(api.get(qualifiedLink, other.token()).json().path("data")).isEmpty();
        String reversed = "/api/v1/analytics/qualified-leads?created_after=2026-03-10T00:00:00Z"
                + "&created_before=2026-03-01T00:00:00Z";
        assertProblem(api.get(reversed, tenant.token()), 400, "invalid_range");
        assertProblem(
                api.get(
                        "/api/v1/analytics/qualified-leads?created_after=2024-01-01T00:00:00Z"
                                + "&created_before=2026-03-01T00:00:00Z",
                        tenant.token()),
                400,
                "range_too_long");
        assertThat(api.get("/api/v1/analytics/qualified-leads?created_after=yesterday", tenant.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/analytics/numbers", other.token()).json().path("rows"))
                .isEmpty();
        assertThat(api.get("/api/v1/analytics/marketing-campaigns?format=csv", tenant.token())
                        .body())
                .contains("Spring open house");
    }

    private JsonNode row(Tenant tenant, String path, String key) {
        for (JsonNode row : api.get(path, tenant.token()).json().path("rows")) {
            if (row.path("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + path);
    }

    private long count(Tenant tenant, String link) {
        return api.get(link + "&limit=200", tenant.token()).json().path("data").size();
    }
}
