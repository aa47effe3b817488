package io.switchboard.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.switchboard.support.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The first-contact card of the Messaging page: turned on without a template it says so next to the
 * template and stores nothing; with an SMS template and a delay it is saved, its channel coming with
 * the template, and the page fits a phone.
 */
class FirstContactBrowserIT extends BrowserTest {

    @Test
    void aManagerTurnsOnTheFirstContactWithATemplateAndADelay() {
        Tenant tenant = signUp();
        var template = api.post(
                "/api/v1/messaging/templates",
                body("name", "Welcome", "channel", "sms", "language", "en", "body", "Hi {{first_name}}, welcome!"),
                tenant.token());
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        Page page = signIn(tenant.email(), PASSWORD, "/messaging");
        Locator card = page.getByTestId("first-contact-form");
        Locator save = card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save first contact"));

        card.getByLabel("Send a first contact to new leads").check();
        save.click();
        assertThat(page.locator("[name=template_id][aria-invalid=true] + .field-error"))
                .containsText("which template");
        assertThat(setting(tenant).path("enabled").asBoolean())
                .as("nothing stored")
                .isFalse();

        card = page.getByTestId("first-contact-form");
        card.locator("[name=template_id]").selectOption(new SelectOption().setLabel("Welcome (SMS, en)"));
        card.locator("[name=delay_minutes]").fill("3");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save first contact"))
                .click();
        assertThat(page.getByTestId("first-contact-saved")).isVisible();
        JsonNode saved = setting(tenant);
        assertThat(saved.path("enabled").asBoolean()).isTrue();
        assertThat(saved.path("channel").asString()).isEqualTo("sms");
        assertThat(saved.path("template_id").asString()).isEqualTo(template.text("id"));
        assertThat(saved.path("delay_minutes").asInt()).isEqualTo(3);

        page.reload();
        assertThat(page.getByLabel("Send a first contact to new leads")).isChecked();
        assertThat(page.locator("[name=delay_minutes]")).hasValue("3");
        page.setViewportSize(390, 844);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the Messaging page on a 390 px phone").isLessThanOrEqualTo(390);
    }

    private JsonNode setting(Tenant tenant) {
        return api.get("/api/v1/messaging/first-contact", tenant.token()).json();
    }
}
