package io.switchboard.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The scoring console on the demo organization: its rules, a draft rule's live count and preview
 * before saving, and a lead's score card with its components, at a phone's width.
 */
class ScoringBrowserIT extends BrowserTest {

    static final String ADMIN = "admin@acme.example";
    static final String PASSWORD = "switchboard-demo";

    @Test
    void aDraftRuleShowsTheLeadsItMatchesBeforeItIsSavedAndTheLeadPageExplainsTheScore() {
        Page page = signIn(ADMIN, PASSWORD, "/scoring");
        page.setViewportSize(390, 844);
        assertThat(page.getByTestId("rules")).containsText("Budget of $400k or more");
        assertThat(page.getByTestId("model")).containsText("more");

        Locator form = page.getByTestId("rule-form");
        form.getByLabel("Criteria (JSON)").fill("{\"field\": \"custom.budget\", \"op\": \"gte\", \"value\": 1000000}");
        assertThat(page.getByTestId("matching")).hasText(java.util.regex.Pattern.compile("[1-9][0-9]*"));
        assertThat(page.getByTestId("change")).containsText("would rise");
        form.getByLabel("Criteria (JSON)").fill("{\"field\": \"source\", \"op\": \"equals\", \"value\": \"x\"}");
        assertThat(page.getByTestId("preview")).containsText("criteria.op");

        String name = "Millionaires " + UUID.randomUUID().toString().substring(0, 6);
        form.getByLabel("Name").fill(name);
        form.getByLabel("Criteria (JSON)").fill("{\"field\": \"custom.budget\", \"op\": \"gte\", \"value\": 1000000}");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save rule"))
                .click();
        assertThat(page.getByTestId("rules")).containsText(name);
        assertThat(page.getByTestId("rules")).containsText("budget ≥ 1000000");
        assertThat((Boolean) page.evaluate("(() => { const m = document.querySelector('main');"
                        + " return m.scrollWidth <= m.clientWidth && m.getBoundingClientRect().right <= 390; })()"))
                .as("the page's content fits a phone's width")
                .isTrue();

        String token = apiSignIn(ADMIN, PASSWORD);
        String wei = api.get("/api/v1/leads?q=Wei%20Zhang", token)
                .json()
                .path("data")
                .get(0)
                .path("id")
                .asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        api.get("/api/v1/leads/" + wei + "/score", token).body().contains(name));
        page.navigate(api.base() + "/leads/" + wei);
        Locator card = page.getByTestId("score-card");
        assertThat(card.getByTestId("components")).containsText(name);
        assertThat(card.getByTestId("components")).containsText("Budget of $400k or more");
        // Rendered by the server in the viewer's zone, the exact moment and zone in its title.
        assertThat(card.locator("time").first())
                .hasAttribute("title", java.util.regex.Pattern.compile("\\d{4}, \\d\\d:\\d\\d:\\d\\d \\S+ \\(.+\\)"));
        assertThat(card.getByTestId("score-history")).containsText("→");
        assertThat((Boolean) page.evaluate(
                        "window.Chart.getChart(document.querySelector('canvas[data-sparkline]')) != null"))
                .as("the history is drawn")
                .isTrue();
        var box = card.boundingBox();
        assertThat(box.x + box.width).as("the score card fits a phone's width").isLessThanOrEqualTo(390);

        // The demo organization is shared with other tests: leave its rules as they were.
        for (JsonNode rule : api.get("/api/v1/scoring/rules", token).json().path("data")) {
            if (rule.path("name").asString().equals(name)) {
                assertThat(api.delete("/api/v1/scoring/rules/" + rule.path("id").asString(), token)
                                .status())
                        .isEqualTo(204);
            }
        }
    }
}
