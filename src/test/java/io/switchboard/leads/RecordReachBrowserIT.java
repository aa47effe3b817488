package io.switchboard.leads;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.switchboard.support.BrowserTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo agent in the console: their own leads and tasks, nobody else's, no admin pages. */
class RecordReachBrowserIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "switchboard-demo";

    @Test
    void anotherAgentsLeadIsAbsentAndItsAddressAnswersNotFound() {
        String admin = apiSignIn("admin@acme.example", DEMO_PASSWORD);
        // Priya Raman belongs to Blake (agent2); Avery (agent1) works Dana Whitfield.
        String priya = api.get("/api/v1/leads?q=Priya%20Raman", admin)
                .json()
                .path("data")
                .get(0)
                .path("id")
                .asString();

        Page page = signIn("agent1@acme.example", DEMO_PASSWORD, "/leads");
        assertThat(page.getByTestId("lead-table")).containsText("Dana Whitfield");
        assertThat(page.getByTestId("lead-table")).not().containsText("Priya Raman");
        assertThat(page.locator("#navigation a[href='/users']")).hasCount(0);
        assertThat(page.locator("#navigation a[href='/roles']")).hasCount(0);

        var response = page.navigate(api.base() + "/leads/" + priya);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("404");
        assertThat(page.locator("body")).not().containsText("Priya");
    }

    @Test
    void myTasksListsTheOverdueFirstAndCountsThemInTheNavigation() {
        String admin = apiSignIn("admin@acme.example", DEMO_PASSWORD);
        String avery = api.get("/api/v1/me", apiSignIn("agent1@acme.example", DEMO_PASSWORD))
                .json()
                .path("user")
                .path("id")
                .asString();
        String soon = "Confirm the viewing " + System.nanoTime();
        String late = "Return the missed call " + System.nanoTime();
        task(admin, avery, soon, Instant.now().plus(2, ChronoUnit.HOURS));
        task(admin, avery, late, Instant.now().minus(400, ChronoUnit.DAYS));

        Page page = signIn("agent1@acme.example", DEMO_PASSWORD, "/tasks");
        assertThat(page.getByTestId("overdue-tasks")).isVisible();
        List<String> rows = page.getByTestId("task-row").allInnerTexts();
        assertThat(rows.getFirst()).contains(late);
        assertThat(rows.stream().filter(r -> r.contains(soon) || r.contains(late)))
                .hasSize(2);

        page.getByTestId("task-row")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(late))
                .getByTestId("complete-task")
                .click();
        assertThat(page.getByTestId("task-table")).not().containsText(late);
        assertThat(page.getByTestId("task-table")).containsText(soon);
    }

    private void task(String token, String assignee, String title, Instant due) {
        var created = api.post(
                "/api/v1/tasks", body("title", title, "assignee_id", assignee, "due_at", due.toString()), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
