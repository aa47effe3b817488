package io.switchboard.campaigns;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageCampaignsBrowserIT extends BrowserTest {

    static final LocatorAssertions.HasTextOptions PATIENTLY = new LocatorAssertions.HasTextOptions().setTimeout(45_000);

    @Test
    void aManagerBuildsAnSmsCampaignWithATemplateAndWatchesItsFunnel() {
        Tenant tenant = signUp();
        var window = api.send(
                "PUT",
                "/api/v1/messaging/window",
                body("start_minute", 0, "end_minute", 1440),
                tenant.token(),
                Map.of());
        assertThat(window.status()).as(window.toString()).isEqualTo(200);
        var template = api.post(
                "/api/v1/messaging/templates",
                body("name", "Spring viewings", "channel", "sms", "language", "en", "body", "Hi {{first_name}}!"),
                tenant.token());
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        String lena = api.post("/api/v1/leads", body("name", "Lena Browser", "phone", "+15125550771"), tenant.token())
                .text("id");
        api.post("/api/v1/leads", body("name", "Noah Noconsent", "phone", "+15125550772"), tenant.token());
        var consent = api.post(
                "/api/v1/leads/" + lena + "/consents",
                body("source", "web_form", "evidence", "Ticked the SMS box", "channel", "sms", "purpose", "marketing"),
                tenant.token());
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);

        Page page = signIn(tenant.email(), PASSWORD, "/campaigns/new");
        page.getByTestId("campaign-name").fill("Spring SMS");
        assertThat(page.getByTestId("campaign-template")).isHidden();
        page.getByTestId("campaign-type").selectOption("sms");
        // a message campaign shows its template and hides the calling fields
        assertThat(page.getByTestId("campaign-template")).isVisible();
        assertThat(page.getByTestId("campaign-budget")).isHidden();
        assertThat(page.getByTestId("criteria-count")).hasText("2");
        // The builder proposes a working day; this test sends at any hour.
        page.locator("[data-testid=schedule-days] input[value=saturday]").check();
        page.locator("[data-testid=schedule-days] input[value=sunday]").check();
        page.getByTestId("schedule-from").fill("00:00");
        page.getByTestId("schedule-until").fill("");
        page.setViewportSize(390, 844);
        Number builderWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(builderWidth.intValue()).as("the builder on a 390 px phone").isLessThanOrEqualTo(390);

        page.getByTestId("create-campaign").click();
        // no template chosen: said next to the template, nothing created
        assertThat(page.locator("#campaign-builder .field-error")).containsText("needs a template");
        assertThat(api.get("/api/v1/campaigns", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        page.getByTestId("campaign-template").selectOption(template.text("id"));
        page.getByTestId("create-campaign").click();

        assertThat(page).hasURL(Pattern.compile(".*/campaigns/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("campaign-template")).containsText("“Spring viewings” by SMS");
        assertThat(page.locator("[data-funnel=members]")).hasText("2");
        page.getByTestId("campaign-start").click();
        assertThat(page.locator("[data-funnel=delivered]")).hasText("1", PATIENTLY);
        assertThat(page.locator("[data-funnel=refused]")).containsText("1");
        assertThat(page.locator("[data-funnel=sent]")).hasText("1");
        assertThat(page.locator("[data-funnel=percent_done]")).containsText("100 %");
        assertThat(page.getByTestId("completion-reason")).hasText("every member was messaged or refused", PATIENTLY);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the campaign page on a 390 px phone").isLessThanOrEqualTo(390);

        page.locator("[data-funnel=refused] a").click();
        assertThat(page.getByTestId("exclusions-table")).containsText("Noah Noconsent");
        assertThat(page.getByTestId("exclusions-table")).containsText("no_consent");
    }
}
