package io.switchboard.telephony;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The console's test call works for an organization that has just signed up (see FirstCallIT). */
@TestPropertySource(
        properties = {
            "switchboard.billing.starting-grant-minutes=15",
            "switchboard.billing.rate-per-minute=12",
            "switchboard.telephony.starter-agent=true"
        })
class FirstCallBrowserIT extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void aNewOrganizationsTestCallRunsFromTheConsole() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/calls");
        assertThat(page.getByTestId("test-call-needs-lead")).isVisible();

        // Only the simulator's outcome and pace are set (it answers, talks 3 s), so the call completes
        // in seconds, yet after the page has subscribed to its live updates; FirstCallIT lets a call
        // run at the simulator's own pace.
        Map<String, Object> answers = new HashMap<>(Telephony.FAST);
        answers.put("speed", 1);
        answers.put("talk_seconds", List.of(3, 3));
        var fast = api.patch("/api/v1/voice-providers/simulated", Map.of("config", answers), tenant.token());
        assertThat(fast.status()).as(fast.toString()).isEqualTo(200);
        new Telephony(api, tenant).lead("Quinn First", "+14155550813");
        page.navigate(api.base() + "/calls");
        assertThat(page.getByTestId("test-call-form")).containsText("Test agent");
        page.getByTestId("test-call").click();

        assertThat(page).hasURL(Pattern.compile(".*/calls/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).containsText("Quinn First");
        assertThat(page.getByTestId("call-status")).containsText("completed", PATIENTLY);

        page.navigate(api.base() + "/credits");
        assertThat(page.getByTestId("ledger-table")).containsText("starting_grant");
        assertThat(page.getByTestId("ledger-table")).containsText("Starting credit: 15 minutes");
        assertThat(page.getByTestId("ledger-table")).containsText("settlement");
    }
}
