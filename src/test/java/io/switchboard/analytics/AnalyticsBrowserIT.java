package io.switchboard.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.BrowserTest;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard: figures with charts drawn under the console's content security policy, a figure's
 * tile opens the list of exactly its records, today's tiles follow new figures without a reload, it
 * fits a 390 px phone, an agent sees their own figures and a supervisor their team's.
 */
class AnalyticsBrowserIT extends BrowserTest {

    @Autowired
    TenantTransactions tenants;

    @Autowired
    SimulatedCalls simulated;

    @Autowired
    AiAgentManagement agents;

    @Test
    void theDashboardDrawsItsChartsAndEveryTileOpensItsRecords() {
        Tenant tenant = signUp();
        OrganizationId org = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        String lead = api.post(
                        "/api/v1/leads",
                        Map.of("name", "Dana Whitfield", "phone", "+14155550190", "source", "referral"),
                        tenant.token())
                .text("id");
        AiAgentId agent = tenants.call(
                org, () -> agents.create(NewAiAgent.simulated("Ava"), null).id());
        tenants.call(
                org,
                () -> simulated.recordPast(
                        UUID.fromString(lead),
                        agent,
                        "hot-buyer-financing",
                        60,
                        Instant.now().minusSeconds(3600)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/analytics/overview", tenant.token())
                                .json()
                                .path("totals")
                                .path("calls_placed")
                                .asLong()
                        == 1);

        Page page = signIn(tenant.email(), PASSWORD, "/analytics");
        assertThat(page.locator("h1")).hasText("Analytics");
        assertThat(page.locator("[data-figure=calls_placed] .value")).hasText("1");
        assertThat(page.locator("[data-figure=leads_created] .value")).hasText("1");
        assertThat(page.getByTestId("calls-chart")).hasAttribute("data-drawn", "1");
        assertThat(page.getByTestId("leads-chart")).hasAttribute("data-drawn", "1");
        assertThat(page.getByTestId("top-sources")).containsText("referral");

        Locator leadsToday = page.locator("[data-testid=today] .value").first();
        assertThat(leadsToday).hasText("1");
        api.post("/api/v1/leads", Map.of("name", "Marcus Lee", "phone", "+14155550191"), tenant.token());
        // No reload: the rollup tells the open dashboard on the hub, and it reloads its tiles.
        assertThat(leadsToday).hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(20_000));

        page.locator("[data-figure=calls_placed]").click();
        page.waitForURL("**/calls?**");
        assertThat(page.locator("[data-testid=calls-table] tbody tr[data-call-id]"))
                .hasCount(1);
        assertThat(page.getByTestId("calls-table")).containsText("Dana Whitfield");

        // The hot call qualifies Dana once analysed.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/analytics/overview", tenant.token())
                                .json()
                                .path("totals")
                                .path("leads_qualified")
                                .asLong()
                        == 1);
        page.navigate(page.url().replaceAll("/calls\\?.*", "/analytics"));
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByTestId("totals")).isVisible();
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the dashboard on a 390 px phone").isLessThanOrEqualTo(390);

        page.locator("a[data-figure=leads_qualified]").click();
        page.waitForURL("**/analytics/qualified-leads?**");
        Locator qualified = page.locator("[data-testid=qualified-table] tbody tr[data-lead-id]");
        assertThat(qualified).hasCount(1);
        assertThat(qualified).containsText("Dana Whitfield");
        assertThat(qualified).containsText("hot");
        Number listWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(listWidth.intValue())
                .as("the qualified leads on a 390 px phone")
                .isLessThanOrEqualTo(390);
        // Opened without a period, the list covers the last 30 days (Dana arrived today).
        page.navigate(page.url().replaceAll("\\?.*", ""));
        assertThat(page.locator("[data-testid=qualified-table] tbody tr[data-lead-id]"))
                .containsText("Dana Whitfield");
        page.navigate(page.url().replaceAll("/analytics/qualified-leads.*", "/analytics"));

        Member member = join(tenant, "agent");
        Page own = signIn(member.email(), PASSWORD, "/analytics");
        assertThat(own.locator("h1")).hasText("My figures");
        assertThat(own.locator("[data-figure=calls_placed] .value")).hasText("0");

        Member supervisor = join(tenant, "supervisor");
        String team = api.post("/api/v1/teams", Map.of("name", "Closers"), tenant.token())
                .text("id");
        api.post("/api/v1/teams/" + team + "/members", Map.of("user_id", supervisor.id()), tenant.token());
        String frontDeskId = api.post("/api/v1/queues", Map.of("name", "Front desk"), tenant.token())
                .text("id");
        Page theirs = signIn(supervisor.email(), PASSWORD, "/analytics");
        assertThat(theirs.locator("h1")).hasText("Team figures");
        assertThat(theirs.getByTestId("team-picker")).containsText("Closers");
        assertThat(theirs.getByTestId("calls-chart")).hasAttribute("data-drawn", "1");
        // Their queues today: a queue of no team is theirs to watch.
        Locator frontDesk = theirs.locator("[data-testid=queues-today] tr[data-queue='Front desk']");
        assertThat(frontDesk.locator("[data-figure=offered]")).hasText("0");
        assertThat(frontDesk.locator("[data-figure=waiting_now]")).hasText("0");
        theirs.setViewportSize(390, 844);
        theirs.reload();
        assertThat(theirs.getByTestId("queues-today")).isVisible();
        Number supervisorWidth = (Number) theirs.evaluate("document.documentElement.scrollWidth");
        assertThat(supervisorWidth.intValue())
                .as("the supervisor's dashboard on a 390 px phone")
                .isLessThanOrEqualTo(390);

        // A number of the card opens exactly the work it counts, names and times in the viewer's zone.
        var queued = api.post(
                "/api/v1/queues/" + frontDeskId + "/work", Map.of("kind", "lead", "lead_id", lead), tenant.token());
        assertThat(queued.status()).as(queued.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/analytics/queues", supervisor.token())
                                .json()
                                .path("rows")
                                .get(0)
                                .path("offered")
                                .asInt()
                        == 1);
        theirs.reload();
        assertThat(frontDesk.locator("[data-figure=offered]")).hasText("1");
        assertThat(frontDesk.locator("[data-figure=abandoned]")).hasText("0");
        frontDesk.locator("[data-figure=waiting_now] a").click();
        theirs.waitForURL("**/queues/*/day?**outcome=waiting**");
        Locator waiting = theirs.locator("[data-testid=queue-day-table] tbody tr[data-work-id]");
        assertThat(waiting).hasCount(1);
        assertThat(waiting).containsText("Dana Whitfield");
        theirs.getByTestId("queue-day-filters").getByText("Answered").click();
        assertThat(theirs.locator("[data-testid=queue-day-table] tbody tr[data-work-id]"))
                .hasCount(0);
        Number dayWidth = (Number) theirs.evaluate("document.documentElement.scrollWidth");
        assertThat(dayWidth.intValue()).as("a queue's day on a 390 px phone").isLessThanOrEqualTo(390);
    }
}
