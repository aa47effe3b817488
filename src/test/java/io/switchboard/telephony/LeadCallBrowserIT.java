package io.switchboard.telephony;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lead page's Call button places an AI call and its call history shows the outcome; calling
 * the same lead again at once is refused in place, saying why and from when.
 */
class LeadCallBrowserIT extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void theLeadPageCallsTheLeadAndShowsItsCalls() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.FAST);
        telephony.agent("Ava");
        String lead = telephony.lead("Nora Caller", "+14155550831");
        Page page = signIn(tenant.email(), PASSWORD, "/leads/" + lead);
        assertThat(page.getByTestId("lead-call-history")).containsText("Not called yet");

        page.getByTestId("lead-call").click();

        assertThat(page).hasURL(Pattern.compile(".*/calls/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("call-status")).containsText("completed", PATIENTLY);
        page.navigate(api.base() + "/leads/" + lead);
        assertThat(page.getByTestId("lead-call-history")).containsText("completed");

        page.getByTestId("lead-call").click();

        // Refused: the reason above the Call form.
        assertThat(page.getByTestId("lead-call-form")).containsText("too recently");
        assertThat(page.getByTestId("lead-call-form")).containsText("it may be placed from");
        assertThat(page).hasURL(Pattern.compile(".*/leads/" + lead + "$"));
    }
}
