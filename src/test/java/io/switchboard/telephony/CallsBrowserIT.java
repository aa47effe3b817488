package io.switchboard.telephony;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CallsBrowserIT extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void aTestCallShowsItsProgressLiveFromQueuedToCompleted() {
        Tenant tenant = signUp();
        Map<String, Object> visible = new HashMap<>(Telephony.FAST);
        visible.put("speed", 1);
        visible.put("talk_seconds", List.of(3, 3));
        Telephony telephony = new Telephony(api, tenant).simulator(visible);
        telephony.agent("Ava");
        telephony.lead("Quinn Carter", "+14155550601");

        Page page = signIn(tenant.email(), PASSWORD, "/calls");
        assertThat(page.getByTestId("calls-table")).containsText("No calls yet");
        page.getByTestId("test-call").click();

        assertThat(page).hasURL(Pattern.compile(".*/calls/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).containsText("Quinn Carter");
        // No reload: the page follows the call through the real-time hub.
        assertThat(page.getByTestId("call-status")).containsText("in_progress", PATIENTLY);
        assertThat(page.getByTestId("call-status")).containsText("completed", PATIENTLY);
        assertThat(page.getByTestId("call-timeline")).containsText("ringing");
        assertThat(page.getByTestId("call-duration")).hasText("0:03");
        assertThat(page.getByTestId("call-recording")).isVisible();

        page.navigate(api.base() + "/calls");
        assertThat(page.getByTestId("calls-table")).containsText("completed");
    }

    @Test
    void anAdminSetsUpAnAgentAndANumber() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/telephony/agents");
        Locator form = page.getByTestId("agent-form");
        form.getByLabel("Name").fill("Browser Ava");
        form.getByLabel("Voice").fill("{\"voice\": \"en-US\", \"speed\": 7}");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add agent"))
                .click();
        // Next to the Voice box, the JSON member named.
        assertThat(form.locator("[name=voice_config] + .field-error")).containsText("speed");

        form.getByLabel("Voice").fill("{\"voice\": \"en-US\", \"speed\": 1.2}");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add agent"))
                .click();
        assertThat(page.locator("[data-agent='Browser Ava']")).containsText("active");

        page.navigate(api.base() + "/telephony/numbers");
        Locator number = page.getByTestId("number-form");
        number.getByLabel("Name").fill("Front desk");
        number.getByLabel("Number", new Locator.GetByLabelOptions().setExact(true))
                .fill("+1 512 555 0177");
        number.getByLabel("AI agent")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Browser Ava"));
        number.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add number"))
                .click();
        assertThat(page.getByTestId("numbers-table")).containsText("+15125550177");
    }
}
