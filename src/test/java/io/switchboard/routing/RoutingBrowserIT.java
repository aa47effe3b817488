package io.switchboard.routing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agent desk: the agent goes available, an offer arrives live with its countdown and the lead's
 * card, accepting puts the work in progress, finishing it with a disposition and a note clears it and
 * writes the note to the lead's timeline; at a phone's width. The wallboard
 * follows the agent's status live.
 */
class RoutingBrowserIT extends BrowserTest {

    @Test
    void theDeskReceivesAnOfferLiveAcceptsItAndTheWallboardFollows() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        String queue = api.post("/api/v1/queues", body("name", "Sales floor"), tenant.token())
                .text("id");
        var created = api.post(
                "/api/v1/leads",
                body("name", "Dana Buyer", "company", "Acme Realty", "phone", "+14155550123"),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String lead = created.text("id");

        Page board = signIn(tenant.email(), PASSWORD, "/wallboard");
        assertThat(board.getByTestId("queue-stats")).containsText("Sales floor");
        assertThat(board.locator("[data-status=available] .value")).hasText("0");

        Page desk = signIn(ana.email(), PASSWORD, "/desk");
        desk.setViewportSize(390, 844);
        assertThat(desk.getByTestId("desk-status")).hasText("offline");
        desk.getByTestId("status-select").selectOption("available");
        desk.getByTestId("status-save").click();
        assertThat(desk.getByTestId("desk-status")).hasText("available");
        assertThat(board.locator("[data-status=available] .value")).hasText("1");

        var queued =
                api.post("/api/v1/queues/" + queue + "/work", body("kind", "lead", "lead_id", lead), tenant.token());
        assertThat(queued.status()).isEqualTo(201);
        // Offered after the queueing commit, then pushed to the desk: allow a loaded machine its time.
        assertThat(desk.getByTestId("offer")).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(desk.getByTestId("offer-lead")).containsText("Dana Buyer");
        assertThat(desk.getByTestId("offer-lead")).containsText("Acme Realty");
        assertThat(desk.getByTestId("offer-countdown")).containsText(" s left");
        assertThat(desk.getByTestId("offer-last-call")).containsText("never called");
        assertThat(desk.getByTestId("offer-calling")).containsText("no consent on record");
        assertThat((Boolean) desk.evaluate("(() => { const m = document.querySelector('main');"
                        + " return m.scrollWidth <= m.clientWidth && m.getBoundingClientRect().right <= 390; })()"))
                .as("the desk fits a phone's width")
                .isTrue();

        desk.getByTestId("offer-accept").click();
        assertThat(desk.getByTestId("offer")).hasCount(0);
        assertThat(desk.getByTestId("my-work")).containsText("Dana Buyer");
        assertThat(api.get("/api/v1/work/" + queued.text("id"), tenant.token())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("assigned");
        assertThat(board.getByTestId("agents")).containsText("A agent");

        desk.getByTestId("disposition").selectOption("interested");
        desk.getByTestId("disposition-note").fill("Viewing on Saturday");
        desk.getByTestId("work-complete").click();
        assertThat(desk.getByTestId("my-work")).hasCount(0);
        assertThat(api.get("/api/v1/work/" + queued.text("id"), tenant.token()).text("disposition"))
                .isEqualTo("interested");
        assertThat(api.get("/api/v1/leads/" + lead + "/notes", tenant.token())
                        .json()
                        .toString())
                .contains("Interested: Viewing on Saturday");

        // The callbacks and tasks of the agent's day: due (or overdue) today, not those of later days.
        var callback = api.post(
                "/api/v1/tasks",
                body(
                        "lead_id",
                        lead,
                        "title",
                        "Call Dana back",
                        "assignee_id",
                        ana.id(),
                        "due_at",
                        Instant.now().minusSeconds(60).toString()),
                tenant.token());
        assertThat(callback.status()).as(callback.toString()).isEqualTo(201);
        api.post(
                "/api/v1/tasks",
                body(
                        "lead_id",
                        lead,
                        "title",
                        "Send the contract",
                        "assignee_id",
                        ana.id(),
                        "due_at",
                        Instant.now().plus(Duration.ofDays(3)).toString()),
                tenant.token());
        desk.reload();
        assertThat(desk.getByTestId("today-task")).hasCount(1);
        assertThat(desk.getByTestId("today-task")).containsText("Call Dana back");
        assertThat(desk.getByTestId("today-task")).containsText("Dana Buyer");
        desk.getByTestId("today-done").click();
        assertThat(desk.getByTestId("today-task")).hasCount(0);
        assertThat(api.get("/api/v1/tasks/" + callback.text("id"), tenant.token())
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("completed");
        api.send("PUT", "/api/v1/me/availability", body("status", "on_break"), ana.token(), Map.of());
        assertThat(board.locator("[data-status=on_break] .value")).hasText("1");
    }
}
