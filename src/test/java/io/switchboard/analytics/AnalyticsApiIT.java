package io.switchboard.analytics;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.leads.LeadCreated;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadSource;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallEnded;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

/**
 * Analytics over HTTP on the embedded database: after a randomized stream of calls on past days
 * (late), leads and repeated events, the rollups equal a rebuild from the raw records and every drill
 * link lists exactly as many records as its figure counts; another organization's figures stay
 * invisible; bad ranges and unknown ids are 400.
 */
class AnalyticsApiIT extends ApiTest {

    static final List<String> SCENARIOS =
            List.of("hot-buyer-financing", "warm-send-information", "cold-not-interested", "wrong-number");
    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @Autowired
    TenantTransactions tenants;

    @Autowired
    SimulatedCalls simulated;

    @Autowired
    AiAgentManagement agents;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void rollupsEqualARebuildFromTheRawRecordsAndEveryDrillLinkListsThatManyRecords() {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        assertThat(api.patch("/api/v1/organization", body("timezone", ZONE.getId()), tenant.token())
                        .status())
                .isEqualTo(200);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leads.add(lead(tenant, "Lead " + i, i % 2 == 0 ? "referral" : "website", "+1415555" + (1200 + i)));
        }
        AiAgentId agent = agent(org);
        List<CallId> placed = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            // Late: calls of past days arrive now; a few after their lead's creation give a speed to lead.
            Instant ended = i < 3
                    ? Instant.now().plusSeconds(100 + random.nextInt(600))
                    : Instant.now().minus(Duration.ofHours(random.nextInt(24 * 20)));
            String lead = leads.get(random.nextInt(leads.size()));
            String scenario = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
            int talk = 20 + random.nextInt(240);
            placed.add(
                    tenants.call(org, () -> simulated.recordPast(UUID.fromString(lead), agent, scenario, talk, ended)));
        }
        assertThat(api.patch(
                                "/api/v1/leads/" + leads.get(0),
                                body("status", "converted", "value_minor", 250_000),
                                tenant.token())
                        .status())
                .isEqualTo(200);
        String marketing = api.post("/api/v1/marketing-campaigns", body("name", "Mailer"), tenant.token())
                .text("id");
        long spent = 0;
        for (int daysAgo = random.nextInt(3); daysAgo < 20; daysAgo += 1 + random.nextInt(6)) {
            long amount = 1_000 + random.nextInt(9_000);
            spent += amount;
            assertThat(api.send(
                                    "PUT",
                                    "/api/v1/marketing-campaigns/" + marketing + "/spend/"
                                            + LocalDate.now(ZONE).minusDays(daysAgo),
                                    body("amount_minor", amount),
                                    tenant.token(),
                                    Map.of())
                            .status())
                    .isEqualTo(200);
        }
        // A vendor's leads on past days, then prices entered late, for random days (one corrected).
        String vendor = vendorLeads(tenant, org, random);
        republish(org, placed, leads, random);
        // A late correction of the won value: the lead's creation day is rolled up again.
        api.patch("/api/v1/leads/" + leads.get(0), body("value_minor", 275_000), tenant.token());
        long marketingSpent = spent;

        String range = "?from=" + LocalDate.now(ZONE).minusDays(25) + "&to="
                + LocalDate.now(ZONE).plusDays(1);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode totals = overview(tenant, range).path("totals");
                    return totals.path("calls_placed").asLong() == placed.size()
                            && totals.path("hot").asLong()
                                            + totals.path("warm").asLong()
                                            + totals.path("cold").asLong()
                                            + notQualified(org, placed)
                                    == placed.size()
                            && totals.path("leads_converted").asLong() == 1
                            && totals.path("revenue_minor").asLong() == 275_000
                            && totals.path("marketing_spend_minor").asLong() == marketingSpent
                            && totals.path("leads_qualified").asLong() == qualifiedLeads(org, placed)
                            && totals.path("vendor_spend_minor").asLong() == rawVendorSpend(tenant, vendor);
                });
        JsonNode fromEvents = overview(tenant, range);

        var rebuild = api.post(
                "/api/v1/analytics/rebuild",
                body(
                        "from",
                        LocalDate.now(ZONE).minusDays(25).toString(),
                        "to",
                        LocalDate.now(ZONE).plusDays(1).toString()),
                tenant.token());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        String id = rebuild.json().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> "completed"
                .equals(api.get("/api/v1/analytics/rebuilds/" + id, tenant.token())
                        .json()
                        .path("status")
                        .asString()));
        JsonNode rebuilt = overview(tenant, range);
        assertThat(rebuilt.path("series")).as("seed " + seed).isEqualTo(fromEvents.path("series"));
        assertThat(rebuilt.path("totals")).as("seed " + seed).isEqualTo(fromEvents.path("totals"));

        JsonNode totals = rebuilt.path("totals");
        assertThat(totals.path("leads_created").asLong()).isEqualTo(leads.size() + VENDOR_LEADS);
        assertThat(totals.path("vendor_spend_minor").asLong()).isEqualTo(rawVendorSpend(tenant, vendor));
        assertThat(totals.path("calls_answered").asLong()).isPositive();
        assertThat(totals.path("speed_to_lead_leads").asLong()).isPositive();
        assertThat(totals.path("speed_to_lead_p90_seconds").asLong())
                .isGreaterThanOrEqualTo(totals.path("speed_to_lead_p50_seconds").asLong())
                .isPositive();
        rebuilt.path("drill").properties().forEach(link -> assertThat(
                        count(tenant.token(), link.getValue().asString()))
                .as(link.getKey() + " " + link.getValue().asString())
                .isEqualTo(totals.path(link.getKey()).asLong()));
        assertDaysMatchTheCallList(tenant, rebuilt);
        // The qualified leads' list holds exactly the leads whose raw calls were analysed hot or warm.
        assertThat(ids(
                        tenant.token(),
                        rebuilt.path("drill").path("leads_qualified").asString()))
                .as("seed " + seed)
                .isEqualTo(qualifiedLeadIds(org, placed));

        JsonNode byAgent =
                api.get("/api/v1/analytics/ai-agents" + range, tenant.token()).json();
        JsonNode row = byAgent.path("rows").get(0);
        assertThat(row.path("key").asString()).isEqualTo(agent.value().toString());
        assertThat(row.path("name").asString()).isEqualTo("Ava");
        assertThat(row.path("figures").path("calls_placed").asLong()).isEqualTo(placed.size());
        assertThat(count(
                        tenant.token(), row.path("drill").path("calls_answered").asString()))
                .isEqualTo(row.path("figures").path("calls_answered").asLong());
        JsonNode bySource =
                api.get("/api/v1/analytics/sources" + range, tenant.token()).json();
        long referral = 0;
        for (JsonNode r : bySource.path("rows")) {
            assertThat(count(
                            tenant.token(),
                            r.path("drill").path("leads_created").asString()))
                    .isEqualTo(r.path("figures").path("leads_created").asLong());
            assertThat(count(
                            tenant.token(),
                            r.path("drill").path("leads_qualified").asString()))
                    .as(r.path("key").asString() + " seed " + seed)
                    .isEqualTo(r.path("figures").path("leads_qualified").asLong());
            referral += "referral".equals(r.path("key").asString())
                    ? r.path("figures").path("leads_created").asLong()
                    : 0;
        }
        assertThat(referral).isEqualTo(3);
        var csv = api.get("/api/v1/analytics/overview" + range + "&format=csv", tenant.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("date,leads_created,leads_converted,");
        assertThat(csv.body().lines().count())
                .isEqualTo(1 + rebuilt.path("series").size());
    }

    @Test
    void theDemoOrganizationShowsAMonthOfHistoryThatDrillsDownToItsRecords() {
        String admin = apiSignIn("admin@acme.example", "switchboard-demo");
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        String range = "?from=" + today.minusDays(30) + "&to=" + today.minusDays(1);
        // The figures follow the demo's events a moment later.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    JsonNode month =
                            api.get("/api/v1/analytics/overview" + range, admin).json();
                    JsonNode totals = month.path("totals");
                    assertThat(totals.path("leads_created").asLong()).isGreaterThanOrEqualTo(60);
                    assertThat(totals.path("speed_to_lead_leads").asLong()).isGreaterThanOrEqualTo(40);
                    // Won values, the vendor's price and the campaign's daily spend: the returns are not empty.
                    assertThat(totals.path("revenue_minor").asLong()).isPositive();
                    assertThat(totals.path("vendor_spend_minor").asLong()).isPositive();
                    assertThat(totals.path("marketing_spend_minor").asLong()).isPositive();
                    assertThat(totals.path("roi").isNumber()).isTrue();
                    assertThat(totals.path("cost_per_qualified_lead_minor").asLong())
                            .isPositive();
                    month.path("drill").properties().forEach(link -> assertThat(
                                    count(admin, link.getValue().asString()))
                            .as(link.getKey() + " " + link.getValue().asString())
                            .isEqualTo(totals.path(link.getKey()).asLong()));
                    long daysWithLeads = 0;
                    long daysWithCalls = 0;
                    for (JsonNode day : month.path("series")) {
                        daysWithLeads += day.path("leads_created").asLong() > 0 ? 1 : 0;
                        daysWithCalls += day.path("calls_answered").asLong() > 0 ? 1 : 0;
                    }
                    assertThat(daysWithLeads).isEqualTo(30);
                    assertThat(daysWithCalls).isGreaterThanOrEqualTo(25);
                });
    }

    @Test
    void aSupervisorReadsTheirOwnTeamsFiguresOnly() {
        Tenant tenant = signUp();
        Member supervisor = join(tenant, "supervisor");
        Member agent = join(tenant, "agent");
        String mine = api.post("/api/v1/teams", body("name", "Closers"), tenant.token())
                .json()
                .path("id")
                .asString();
        String theirs = api.post("/api/v1/teams", body("name", "Openers"), tenant.token())
                .json()
                .path("id")
                .asString();
        for (Member member : List.of(supervisor, agent)) {
            assertThat(api.post("/api/v1/teams/" + mine + "/members", body("user_id", member.id()), tenant.token())
                            .status())
                    .isBetween(200, 204);
        }
        var lead = api.post(
                "/api/v1/leads",
                body("name", "Team Lead", "phone", "+14155550123", "owner_id", agent.id()),
                tenant.token());
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode team = api.get("/api/v1/analytics/teams/" + mine, supervisor.token())
                    .json();
            assertThat(team.path("totals").path("leads_created").asLong()).isEqualTo(1);
            assertThat(count(
                            supervisor.token(),
                            team.path("drill").path("leads_created").asString()))
                    .isEqualTo(1);
        });
        assertProblem(api.get("/api/v1/analytics/teams/" + theirs, supervisor.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/analytics/overview", supervisor.token()), 403, "permission_denied");
        assertProblem(api.get("/api/v1/analytics/teams/" + mine, agent.token()), 403, "team_figures_forbidden");
        assertThat(api.get("/api/v1/analytics/teams/" + theirs, tenant.token())
                        .json()
                        .path("totals")
                        .path("leads_created")
                        .asLong())
                .isZero();
        assertProblem(api.get("/api/v1/analytics/teams/" + UUID.randomUUID(), tenant.token()), 404, "not_found");
    }

    @Test
    void anotherOrganizationsFiguresAreInvisibleAndBadRangesOrUnknownIdsAre400() {
        Tenant mine = signUp();
        Tenant other = signUp();
        String team = api.post("/api/v1/teams", body("name", "Closers"), other.token())
                .json()
                .path("id")
                .asString();
        lead(other, "Theirs", "referral", "+14155551299");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        overview(other, "").path("totals").path("leads_created").asLong() == 1);

        assertThat(overview(mine, "").path("totals").path("leads_created").asLong())
                .isZero();
        assertThat(api.get("/api/v1/analytics/sources", mine.token())
                        .json()
                        .path("rows")
                        .size())
                .isZero();
        assertProblem(api.get("/api/v1/analytics/overview?team_id=" + team, mine.token()), 400, "unknown_team");
        assertProblem(
                api.get("/api/v1/analytics/overview?campaign_id=" + UUID.randomUUID(), mine.token()),
                400,
                "unknown_campaign");
        String rebuild = api.post(
                        "/api/v1/analytics/rebuild",
                        body(
                                "from",
                                LocalDate.now().minusDays(2).toString(),
                                "to",
                                LocalDate.now().toString()),
                        other.token())
                .json()
                .path("id")
                .asString();
        assertProblem(api.get("/api/v1/analytics/rebuilds/" + rebuild, mine.token()), 404, "not_found");

        assertProblem(
                api.get("/api/v1/analytics/overview?from=2026-03-10&to=2026-03-09", mine.token()),
                400,
                "invalid_range");
        assertProblem(
                api.get("/api/v1/analytics/users?from=2025-01-01&to=2026-02-05", mine.token()), 400, "range_too_long");
        assertProblem(api.get("/api/v1/analytics/overview?format=xml", mine.token()), 400, "invalid_format");
        assertThat(api.get("/api/v1/analytics/overview?from=2026-02-30", mine.token())
                        .status())
                .isEqualTo(400);
        assertProblem(
                api.post("/api/v1/analytics/rebuild", body("from", "2026-03-10", "to", "2026-03-01"), mine.token()),
                400,
                "invalid_range");

        Member agent = join(mine, "agent");
        assertThat(api.get("/api/v1/analytics/overview", agent.token()).status())
                .isEqualTo(403);
        var own = api.get("/api/v1/analytics/me", agent.token());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("series").size()).isEqualTo(30);
    }

    static final int VENDOR_LEADS = 4;

    @Autowired
    io.switchboard.leads.PastLeads pastLeads;

    /** A vendor, its leads on random past days and its prices from random days, entered after the leads. */
    private String vendorLeads(Tenant tenant, OrganizationId org, Random random) {
        String vendor = api.post("/api/v1/vendors", body("name", "HomeFinder"), tenant.token())
                .json()
                .path("vendor")
                .path("id")
                .asString();
        for (int i = 0; i < VENDOR_LEADS; i++) {
            Instant arrived = Instant.now().minus(Duration.ofHours(1 + random.nextInt(24 * 20)));
            var lead = io.switchboard.leads.NewLead.named("Vendor lead " + i);
            tenants.call(
                    org,
                    () -> pastLeads.create(
                            new io.switchboard.leads.NewLead(
                                    lead.name(),
                                    null,
                                    "+1415555" + (1300 + random.nextInt(600)),
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
                                    true),
                            null,
                            arrived));
        }
        LocalDate today = LocalDate.now(ZONE);
        for (int i = 0; i < 3; i++) {
            LocalDate from = today.minusDays(random.nextInt(22));
            for (int entry = random.nextInt(2); entry >= 0; entry--) { // sometimes corrected at once
                var set = api.send(
                        "PUT",
                        "/api/v1/vendors/" + vendor + "/prices/" + from,
                        body("amount_minor", 500 + random.nextInt(5_000), "currency", "USD"),
                        tenant.token(),
                        Map.of());
                assertThat(set.status()).as(set.toString()).isEqualTo(200);
            }
        }
        return vendor;
    }

    /** The vendor's leads priced at the price in effect on each lead's day, from the raw lists. */
    private long rawVendorSpend(Tenant tenant, String vendor) {
        JsonNode prices = api.get("/api/v1/vendors/" + vendor + "/prices", tenant.token())
                .json()
                .path("data");
        long sum = 0;
        for (JsonNode lead : api.get("/api/v1/leads?limit=200&vendor_id=" + vendor, tenant.token())
                .json()
                .path("data")) {
            LocalDate day =
                    LocalDate.ofInstant(Instant.parse(lead.path("created_at").asString()), ZONE);
            for (JsonNode price : prices) { // the latest effective day first
                if (!LocalDate.parse(price.path("effective_from").asString()).isAfter(day)) {
                    sum += price.path("cost_per_lead").path("amount_minor").asLong();
                    break;
                }
            }
        }
        return sum;
    }

    private void republish(OrganizationId org, List<CallId> placed, List<String> leads, Random random) {
        List<Runnable> stream = new ArrayList<>();
        Map<CallId, Call> found = tenants.call(org, () -> calls.find(placed));
        for (Call call : found.values()) {
            for (int copies = random.nextInt(3); copies > 0; copies--) {
                stream.add(() -> events.publishEvent(ended(org, call)));
            }
        }
        for (String lead : leads) {
            stream.add(() -> events.publishEvent(new LeadCreated(
                    org.value(), LeadId.of(UUID.fromString(lead)), "again", LeadSource.REFERRAL, null)));
        }
        Collections.shuffle(stream, random);
        stream.forEach(publish -> tenants.run(org, publish));
    }

    private static CallEnded ended(OrganizationId org, Call call) {
        return new CallEnded(
                org.value(),
                call.id(),
                call.leadId(),
                call.campaignId(),
                call.aiAgentId(),
                call.direction(),
                call.status(),
                call.answeredAt(),
                call.endedAt() == null ? Instant.now() : call.endedAt(),
                call.durationSeconds(),
                call.transfer() != null,
                call.hangupReason());
    }

    /** Every day with calls: its calls_placed equals the call list of that local day. */
    private void assertDaysMatchTheCallList(Tenant tenant, JsonNode overview) {
        for (JsonNode point : overview.path("series")) {
            LocalDate day = LocalDate.parse(point.path("date").asString());
            long listed = count(
                    tenant.token(),
                    "/api/v1/calls?ended=true&direction=outbound&created_after="
                            + day.atStartOfDay(ZONE).toInstant() + "&created_before="
                            + day.plusDays(1).atStartOfDay(ZONE).toInstant());
            assertThat(listed)
                    .as(day.toString())
                    .isEqualTo(point.path("calls_placed").asLong());
        }
    }

    @Autowired
    io.switchboard.conversations.CallConversations conversations;

    private long notQualified(OrganizationId org, List<CallId> placed) {
        return tenants.call(org, () -> placed.stream()
                .filter(c -> conversations
                        .findAnalysis(c)
                        .map(a -> a.analysis().qualification().toString().equals("not_qualified"))
                        .orElse(false))
                .count());
    }

    /** Leads with a hot or warm call outcome, from the raw calls and their analyses. */
    private long qualifiedLeads(OrganizationId org, List<CallId> placed) {
        return qualifiedLeadIds(org, placed).size();
    }

    private Set<String> qualifiedLeadIds(OrganizationId org, List<CallId> placed) {
        return tenants.call(org, () -> calls.find(placed).values().stream()
                .filter(c -> conversations
                        .findAnalysis(c.id())
                        .map(a -> List.of("hot", "warm")
                                .contains(a.analysis().qualification().toString()))
                        .orElse(false))
                .map(c -> String.valueOf(c.leadId()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private Set<String> ids(String token, String link) {
        Set<String> ids = new TreeSet<>();
        api.get(link + "&limit=200", token)
                .json()
                .path("data")
                .forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }

    private long count(String token, String link) {
        long total = 0;
        String cursor = null;
        do {
            JsonNode page = api.get(link + "&limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token)
                    .json();
            total += page.path("data").size();
            cursor = page.path("next_cursor").isNull()
                            || page.path("next_cursor").isMissingNode()
                    ? null
                    : page.path("next_cursor").asString();
        } while (cursor != null);
        return total;
    }

    private JsonNode overview(Tenant tenant, String query) {
        var response = api.get("/api/v1/analytics/overview" + query, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String lead(Tenant tenant, String name, String source, String phone) {
        var created = api.post("/api/v1/leads", body("name", name, "source", source, "phone", phone), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private AiAgentId agent(OrganizationId org) {
        return tenants.call(
                org, () -> agents.create(NewAiAgent.simulated("Ava"), null).id());
    }
}
