package io.switchboard.campaigns;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import io.switchboard.telephony.Telephony;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CampaignsBrowserIT extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    static final LocatorAssertions.HasTextOptions PATIENTLY_HAS =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Test
    void aManagerBuildsACampaignWithAPreviewAndWatchesItRunLive() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        telephony.lead("Rita Browser", "+14155550701");
        telephony.lead("Sol Browser", "+14155550702");

        Page page = signIn(tenant.email(), PASSWORD, "/campaigns");
        assertThat(page.getByTestId("campaigns-table")).containsText("No campaigns yet");
        page.getByTestId("new-campaign").click();
        page.getByTestId("campaign-name").fill("Browser buyers");
        page.getByTestId("campaign-budget").fill("2500");
        page.getByTestId("goal-transferred").fill("5");
        // The builder proposes a working day in the organization's zone; this test dials at any hour.
        assertThat(page.getByTestId("schedule-from")).hasValue("09:00");
        page.locator("[data-testid=schedule-days] input[value=saturday]").check();
        page.locator("[data-testid=schedule-days] input[value=sunday]").check();
        page.getByTestId("schedule-from").fill("00:00");
        page.getByTestId("schedule-until").fill("");
        assertThat(page.getByTestId("criteria-count")).hasText("2");
        page.getByTestId("create-campaign").click();

        assertThat(page).hasURL(Pattern.compile(".*/campaigns/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("campaign-status")).hasText("draft");
        assertThat(page.locator("[data-status='pending']")).containsText("2");
        page.getByTestId("campaign-start").click();
        // No reload: the monitor follows the campaign through the real-time hub.
        assertThat(page.locator("[data-status='contacted']")).containsText("2", PATIENTLY);
        assertThat(page.getByTestId("total-calls")).hasText("2");
        assertThat(page.getByTestId("campaign-status")).containsText("completed", PATIENTLY);
        assertThat(page.getByTestId("completion-reason")).hasText("every lead was called");
        assertThat(page.getByTestId("campaign-charged")).containsText("of a budget of 2500.00 USD");
        assertThat(page.locator("[data-goal='transferred']")).hasText("0 of 5");

        page.navigate(api.base() + "/campaigns");
        assertThat(page.getByTestId("campaigns-table")).containsText("Browser buyers");
    }
}
