package io.switchboard.campaigns;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.switchboard.support.BrowserTest;
import io.switchboard.telephony.Telephony;
import io.switchboard.telephony.TelephonyTestZones;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignMonitorBrowserIT extends BrowserTest {

    @Test
    void theMonitorSaysWhyItWaitsDrawsItsCallsAndTakesANewConcurrencyWhileRunning() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String one = telephony.lead("Mo Awake", "+14155550481");
        String two = telephony.lead("Ny Awake", "+14155550482");
        String three = telephony.lead("Oz Awake", "+14155550483");
        String asleep = api.post(
                        "/api/v1/leads",
                        Map.of("name", "Pi Asleep", "phone", "+14155550484", "timezone", TelephonyTestZones.at(3)),
                        tenant.token())
                .text("id");
        // Called first (highest score), so the one line is not taken before the window refuses it.
        assertThat(api.patch("/api/v1/leads/" + asleep, Map.of("score", 90), tenant.token())
                        .status())
                .isEqualTo(200);
        CampaignSteps steps = new CampaignSteps(api, tenant);
        String campaign = steps.create(Map.of("name", "One at a time", "max_concurrent_calls", 1));
        api.post(
                CampaignSteps.path(campaign, "/members"),
                Map.of("lead_ids", List.of(one, two, three, asleep)),
                tenant.token());
        api.post(CampaignSteps.path(campaign, "/start"), null, tenant.token());
        steps.awaitStats(
                campaign,
                s -> s.path("members").path("calling").asInt() == 1
                        && s.path("exclusions").path("outside_calling_window").asInt() == 1);

        Page page = signIn(tenant.email(), PASSWORD, "/campaigns/" + campaign);
        assertThat(page.getByTestId("campaign-waiting"))
                .containsText("1 lead outside their calling window; next allowed ");
        assertThat(page.getByTestId("campaign-waiting")).containsText("concurrency limit reached (1 of 1 calls live)");
        assertThat(page.getByTestId("progress-done")).hasText("0 of 4");
        assertThat(page.getByTestId("calls-chart")).hasAttribute("data-drawn", "1");

        page.getByTestId("settings-concurrency").fill("3");
        page.getByTestId("save-settings").click();
        assertThat(page.getByTestId("settings-saved")).isVisible();
        // The next dialer round takes the new limit; the monitor follows live.
        assertThat(page.getByTestId("in-flight")).hasText("3", CampaignsBrowserIT.PATIENTLY_HAS);
        assertThat(page.getByTestId("campaign-waiting"))
                .containsText("concurrency limit reached (3 of 3 calls live)", CampaignsBrowserIT.PATIENTLY);

        page.locator("#campaign-settings input[name=time_zone]").fill("Mars/Olympus");
        page.getByTestId("save-settings").click();
        assertThat(page.locator("#campaign-settings .field-error")).containsText("not a time zone");
        assertThat(page.locator("#campaign-settings input[name=time_zone]")).hasValue("Mars/Olympus");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByTestId("campaign-waiting")).isVisible();
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the monitor on a 390 px phone").isLessThanOrEqualTo(390);
    }
}
