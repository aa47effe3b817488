package io.switchboard.analytics;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.leads.NewLead;
import io.switchboard.leads.PastLeads;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
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
 * A vendor's price history over HTTP on the embedded database: a new price leaves the days before it
 * as they were, a price entered for a past day re-prices the leads from that day on (and only those),
 * the list of prices, a rebuild equal to the rollups; bad input is 400 with nothing changed and
 * another organization's vendor is 404.
 */
class VendorPriceHistoryIT extends ApiTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    TenantTransactions tenants;

    @Autowired
    PastLeads pastLeads;

    @Test
    void aNewPriceAppliesFromItsDayOnAndAPastDayRePricesTheLeadsFromThen() {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        assertThat(api.patch("/api/v1/organization", body("timezone", ZONE.getId()), tenant.token())
                        .status())
                .isEqualTo(200);
        LocalDate today = LocalDate.now(ZONE);
        String vendor = api.post("/api/v1/vendors", body("name", "HomeFinder"), tenant.token())
                .json()
                .path("vendor")
                .path("id")
                .asString();
        for (int daysAgo : List.of(12, 6, 2)) {
            pastLead(org, vendor, "Past " + daysAgo, "+1212555" + (1000 + daysAgo), today.minusDays(daysAgo));
        }
        String range = "?from=" + today.minusDays(14) + "&to=" + today;
        awaitSpend(tenant, range, 0, 3);

        // Today's price: the leads of the days before it cost nothing, as they did.
        var priced = api.patch(
                "/api/v1/vendors/" + vendor,
                body("cost_per_lead", Map.of("amount_minor", 4000, "currency", "USD")),
                tenant.token());
        assertThat(priced.status()).as(priced.toString()).isEqualTo(200);
        assertThat(priced.json().path("cost_per_lead").path("amount_minor").asLong())
                .isEqualTo(4000);
        pastLead(org, vendor, "Today", "+12125551100", today);
        awaitSpend(tenant, range, 4000, 4);

        // A price entered late for a past day: the leads from that day on (not before) are re-priced.
        putPrice(tenant, vendor, today.minusDays(7), 2500);
        putPrice(tenant, vendor, today.minusDays(20), 1000);
        awaitSpend(tenant, range, 1000 + 2500 + 2500 + 4000, 4);
        JsonNode series = overview(tenant, range).path("series");
        assertThat(day(series, today.minusDays(12)).path("vendor_spend_minor").asLong())
                .isEqualTo(1000);
        assertThat(day(series, today.minusDays(6)).path("vendor_spend_minor").asLong())
                .isEqualTo(2500);
        assertThat(day(series, today).path("vendor_spend_minor").asLong()).isEqualTo(4000);

        JsonNode prices = api.get("/api/v1/vendors/" + vendor + "/prices", tenant.token())
                .json()
                .path("data");
        assertThat(prices).hasSize(3);
        assertThat(prices.get(0).path("effective_from").asString()).isEqualTo(today.toString());
        assertThat(prices.get(1).path("cost_per_lead").path("amount_minor").asLong())
                .isEqualTo(2500);
        assertThat(prices.get(2).path("effective_from").asString())
                .isEqualTo(today.minusDays(20).toString());

        // Removing the past price: the one before it applies again from that day.
        assertThat(api.delete("/api/v1/vendors/" + vendor + "/prices/" + today.minusDays(7), tenant.token())
                        .status())
                .isEqualTo(204);
        awaitSpend(tenant, range, 1000 * 3 + 4000, 4);

        JsonNode fromEvents = overview(tenant, range);
        rebuild(tenant, today.minusDays(14), today);
        JsonNode rebuilt = overview(tenant, range);
        assertThat(rebuilt.path("series")).isEqualTo(fromEvents.path("series"));
        assertThat(rebuilt.path("totals")).isEqualTo(fromEvents.path("totals"));

        assertBadInputChangesNothing(tenant, vendor, today, rebuilt, range);
        assertOtherOrganizationGets404(vendor, today);
    }

    private void assertBadInputChangesNothing(
            Tenant tenant, String vendor, LocalDate today, JsonNode before, String range) {
        String prices = "/api/v1/vendors/" + vendor + "/prices/";
        Map<String, Object> price = body("amount_minor", 900, "currency", "USD");
        assertProblem(put(prices + today.plusYears(3), price, tenant), 400, "effective_too_far");
        assertProblem(put(prices + "1999-12-31", price, tenant), 400, "effective_too_early");
        assertProblem(
                put(prices + today.minusDays(3), body("amount_minor", 5, "currency", "ZZZ"), tenant),
                400,
                "unknown_currency");
        assertThat(put(prices + today.minusDays(3), body("amount_minor", -5, "currency", "USD"), tenant)
                        .status())
                .isEqualTo(400);
        assertThat(put(prices + today.minusDays(3), body("amount_minor", 2.5, "currency", "USD"), tenant)
                        .status())
                .isEqualTo(400);
        assertThat(put(prices + "2026-02-30", price, tenant).status()).isEqualTo(400);
        assertProblem(
                put("/api/v1/vendors/" + UUID.randomUUID() + "/prices/" + today, price, tenant), 404, "not_found");
        assertProblem(api.delete(prices + today.minusDays(9), tenant.token()), 404, "not_found");
        assertThat(api.get("/api/v1/vendors/" + vendor + "/prices", tenant.token())
                        .json()
                        .path("data"))
                .hasSize(2);
        assertThat(overview(tenant, range).path("totals")).isEqualTo(before.path("totals"));
    }

    private void assertOtherOrganizationGets404(String vendor, LocalDate today) {
        Tenant other = signUp();
        assertProblem(api.get("/api/v1/vendors/" + vendor + "/prices", other.token()), 404, "not_found");
        assertProblem(
                put(
                        "/api/v1/vendors/" + vendor + "/prices/" + today,
                        body("amount_minor", 1, "currency", "USD"),
                        other),
                404,
                "not_found");
        assertProblem(api.delete("/api/v1/vendors/" + vendor + "/prices/" + today, other.token()), 404, "not_found");
    }

    private void awaitSpend(Tenant tenant, String range, long spend, long leads) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode all = overview(tenant, range);
                    JsonNode totals = all.path("totals");
                    assertThat(totals.path("leads_created").asLong())
                            .as(all.toString())
                            .isEqualTo(leads);
                    assertThat(totals.path("vendor_spend_minor").asLong())
                            .as(all.toString())
                            .isEqualTo(spend);
                });
    }

    private void putPrice(Tenant tenant, String vendor, LocalDate from, long amount) {
        var response = put(
                "/api/v1/vendors/" + vendor + "/prices/" + from,
                body("amount_minor", amount, "currency", "USD"),
                tenant);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("effective_from")).isEqualTo(from.toString());
    }

    private io.switchboard.support.Api.Response put(String path, Map<String, Object> body, Tenant tenant) {
        return api.send("PUT", path, body, tenant.token(), Map.of());
    }

    private void pastLead(OrganizationId org, String vendor, String name, String phone, LocalDate day) {
        Instant at = day.atTime(11, 0).atZone(ZONE).toInstant();
        Instant arrived = at.isAfter(Instant.now()) ? Instant.now() : at;
        NewLead lead = NewLead.named(name).withContact(null, phone, null);
        tenants.call(
                org,
                () -> pastLeads.create(
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
                                UUID.fromString(vendor),
                                null,
                                null,
                                null,
                                false),
                        null,
                        arrived));
    }

    private static JsonNode day(JsonNode series, LocalDate day) {
        for (JsonNode point : series) {
            if (point.path("date").asString().equals(day.toString())) {
                return point;
            }
        }
        throw new AssertionError("no day " + day);
    }

    private void rebuild(Tenant tenant, LocalDate from, LocalDate to) {
        var rebuild = api.post(
                "/api/v1/analytics/rebuild", body("from", from.toString(), "to", to.toString()), tenant.token());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        String id = rebuild.text("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> "completed"
                .equals(api.get("/api/v1/analytics/rebuilds/" + id, tenant.token())
                        .text("status")));
    }

    private JsonNode overview(Tenant tenant, String range) {
        var response = api.get("/api/v1/analytics/overview" + range, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
