package io.switchboard.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Revenue and spend in the console: a vendor's cost per lead and a campaign's spend for a day entered
 * on the sources page, a lead marked won with its value on its page, and the dashboard's revenue,
 * cost per qualified lead and ROI tiles and vendor and marketing columns, on a 390 px phone too.
 */
class RevenueBrowserIT extends BrowserTest {

    @Test
    void aMarketerEntersSpendASellerAWonValueAndTheDashboardShowsTheReturn() {
        Tenant tenant = signUp();
        api.post("/api/v1/vendors", Map.of("name", "HomeFinder"), tenant.token());
        api.post("/api/v1/marketing-campaigns", Map.of("name", "Open house", "platform", "facebook"), tenant.token());
        String lead = api.post(
                        "/api/v1/leads",
                        Map.of("name", "Dana Whitfield", "phone", "+14155550190", "source", "referral"),
                        tenant.token())
                .text("id");

        Page page = signIn(tenant.email(), PASSWORD, "/sources");
        Locator cost = page.getByTestId("vendor-cost-form");
        cost.getByLabel("Cost per lead").fill("35.00");
        cost.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set cost"))
                .click();
        assertThat(page.getByTestId("vendor-cost")).hasText("35.00 USD");
        // An earlier price, entered late: the history shows both, today's in effect.
        LocalDate today = LocalDate.parse(
                page.getByTestId("vendor-cost-form").getByLabel("From").inputValue());
        cost = page.getByTestId("vendor-cost-form");
        cost.getByLabel("Cost per lead").fill("30.00");
        cost.getByLabel("From").fill(today.minusDays(10).toString());
        cost.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set cost"))
                .click();
        Locator history = page.locator("[data-testid=vendor-prices] tbody tr");
        assertThat(history).hasCount(2);
        assertThat(history.first()).containsText("35.00 USD");
        assertThat(history.first()).containsText("in effect");
        assertThat(history.nth(1)).containsText("30.00 USD");
        assertThat(page.getByTestId("vendor-cost")).hasText("35.00 USD");
        assertThat(api.get("/api/v1/vendors", tenant.token())
                        .json()
                        .get(0)
                        .path("cost_per_lead")
                        .path("amount_minor")
                        .asLong())
                .isEqualTo(3500);
        page.setViewportSize(390, 844);
        Number sourcesWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(sourcesWidth.intValue()).as("lead sources on a 390 px phone").isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 900);
        Locator spend = page.getByTestId("spend-form");
        spend.getByLabel("Spent").fill("120.50");
        spend.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the day's spend"))
                .click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Open house")))
                .containsText("120.50 USD");

        page.navigate(page.url().replaceAll("/sources.*", "/leads/" + lead));
        Locator form = page.getByTestId("lead-form");
        form.getByLabel("Status").selectOption("converted");
        page.getByTestId("won-value").fill("1250.00");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/leads/" + lead, tenant.token())
                                .json()
                                .path("lead")
                                .path("value_minor")
                                .asLong()
                        == 125_000);
        // The page shows the saved lead again by itself.
        assertThat(page.getByTestId("lead-value"))
                .containsText("1250.00 USD", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/analytics/overview", tenant.token())
                                .json()
                                .path("totals")
                                .path("revenue_minor")
                                .asLong()
                        == 125_000);
        page.navigate(page.url().replaceAll("/leads/.*", "/analytics"));
        assertThat(page.locator("[data-figure=revenue_minor] .value")).hasText("1250.00 USD");
        assertThat(page.locator("[data-figure=spend_minor] .value")).hasText("120.50 USD");
        // Spent 120.50 and no credits: (1250.00 - 120.50) / 120.50
        assertThat(page.locator("[data-figure=roi] .value")).hasText("+937 %");
        assertThat(page.locator("[data-figure=cost_per_qualified_lead_minor] .value"))
                .hasText("—");
        assertThat(page.getByTestId("top-marketing")).containsText("Open house");
        assertThat(page.getByTestId("top-sources")).containsText("1250.00 USD");

        page.locator("[data-figure=revenue_minor]").click();
        page.waitForURL("**/leads?**");
        assertThat(page.locator("body")).containsText("Dana Whitfield");

        page.navigate(page.url().replaceAll("/leads\\?.*", "/analytics"));
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByTestId("returns")).isVisible();
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the dashboard on a 390 px phone").isLessThanOrEqualTo(390);
    }
}
