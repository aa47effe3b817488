package io.switchboard.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import org.junit.jupiter.api.Test;

class CreditsBrowserIT extends BrowserTest {

    @Test
    void anAdminSeesTheBalanceTopsUpAndSetsTheAlert() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/credits");
        assertThat(page.getByTestId("credit-balance")).hasText("0.00 USD");
        assertThat(page.getByTestId("ledger-table")).containsText("No movements yet.");

        Locator topUp = page.getByTestId("top-up-form");
        topUp.getByLabel("Amount").fill("abc");
        topUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add credit"))
                .click();
        assertThat(topUp).containsText("is not an amount");

        topUp.getByLabel("Amount").fill("25.50");
        topUp.getByLabel("Note").fill("first credit");
        // A success reloads the page: wait for that reload before using the page again.
        page.waitForResponse(CreditsBrowserIT::pageReload, () -> topUp.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add credit"))
                .click());
        page.waitForLoadState();
        assertThat(page.getByTestId("credit-balance")).hasText("25.50 USD");
        assertThat(page.getByTestId("ledger-table")).containsText("top_up");
        assertThat(page.getByTestId("ledger-table")).containsText("first credit");

        Locator settings = page.getByTestId("billing-settings-form");
        settings.getByLabel("Alert admins below").fill("5.00");
        page.waitForResponse(CreditsBrowserIT::pageReload, () -> settings.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click());
        page.waitForLoadState();
        assertThat(page.getByTestId("billing-settings-form").getByLabel("Alert admins below"))
                .hasValue("5.00");
    }

    @Test
    void theDemoLedgerShowsHoldsSettlementsAndReleases() {
        Page page = signIn("admin@acme.example", "switchboard-demo", "/credits");
        Locator ledger = page.getByTestId("ledger-table");
        assertThat(ledger).containsText("settlement");
        assertThat(page.getByTestId("credit-held")).not().hasText("0.00 USD");
        // The demo campaign keeps settling calls, so the first entries move to older pages as the day goes on.
        StringBuilder seen = new StringBuilder(ledger.innerText());
        for (int older = 0; older < 20 && !seen.toString().contains("Opening balance (demo)"); older++) {
            String current = page.url();
            page.getByText("Older entries →").click();
            // The link is a plain navigation: read the table once the older page has loaded, not the one before it.
            page.waitForURL(url -> !url.equals(current));
            seen.append(page.getByTestId("ledger-table").innerText());
        }
        org.assertj.core.api.Assertions.assertThat(seen.toString())
                .contains("release")
                .contains("Opening balance (demo)");
    }

    @Test
    void aManagerReadsButDoesNotTopUp() {
        Page page = signIn("manager@acme.example", "switchboard-demo", "/credits");
        assertThat(page.getByTestId("credit-balance")).isVisible();
        assertThat(page.getByTestId("top-up-form")).hasCount(0);
        assertThat(page.getByText("An admin of your organization adds credit.")).isVisible();
    }

    private static boolean pageReload(Response response) {
        return response.request().method().equals("GET")
                && response.url().endsWith("/credits")
                && response.request().isNavigationRequest();
    }
}
