package io.switchboard.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.switchboard.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A refused console form shows each message next to its field, keeps what was typed and stays on
 * the page; never a standalone "400 · Invalid input" page.
 */
class FormErrorsBrowserIT extends BrowserTest {

    @Test
    void aNewLeadWithABadPhoneIsRefusedNextToThePhoneKeepingWhatWasTyped() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/leads");
        Locator form = page.getByTestId("new-lead-form");
        form.locator("[name=name]").fill("Nina Typo");
        form.locator("[name=phone]").fill("12");
        form.locator("[name=email]").fill("nina@example.com");
        form.locator("[name=company]").fill("Typo Homes");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add lead"))
                .click();

        Locator phone = form.locator("[name=phone]");
        Locator note = form.locator("[name=phone] + .field-error");
        assertThat(phone).hasAttribute("aria-invalid", "true");
        assertThat(note).isVisible();
        assertThat(note).not().isEmpty();
        assertThat(phone).hasAttribute("aria-describedby", note.getAttribute("id"));
        assertThat(phone).isFocused();
        assertThat(page).hasURL(api.base() + "/leads");
        assertThat(form.locator("[name=name]")).hasValue("Nina Typo");
        assertThat(phone).hasValue("12");
        assertThat(form.locator("[name=email]")).hasValue("nina@example.com");
        assertThat(form.locator("[name=company]")).hasValue("Typo Homes");
        assertThat(form.locator("[name=name]")).not().hasAttribute("aria-invalid", "true");

        // Corrected, the same form creates the lead and opens it; the old message is gone first.
        phone.fill("(512) 555-0142");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add lead"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("lead-form").locator("[name=name]")).hasValue("Nina Typo");
    }

    @Test
    void aDoNotCallNumberAndAPhoneNumberAreRefusedInPlaceToo() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/compliance/dnc");
        Locator dnc = page.getByTestId("dnc-add-form");
        dnc.locator("[name=phone]").fill("not a number");
        dnc.locator("[name=reason]").fill("asked twice");
        dnc.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(dnc.locator("[name=phone][aria-invalid=true] + .field-error"))
                .isVisible();
        assertThat(dnc.locator("[name=reason]")).hasValue("asked twice");
        assertThat(page).hasURL(api.base() + "/compliance/dnc");

        page.navigate(api.base() + "/telephony/numbers");
        Locator number = page.getByTestId("number-form");
        number.locator("[name=name]").fill("Front desk");
        number.locator("[name=phone_number]").fill("12");
        number.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add number"))
                .click();
        assertThat(number.locator("[name=phone_number][aria-invalid=true] + .field-error"))
                .isVisible();
        assertThat(number.locator("[name=phone_number]")).isFocused();
        assertThat(number.locator("[name=name]")).hasValue("Front desk");
        assertThat(page).hasURL(api.base() + "/telephony/numbers");
    }

    @Test
    void anHtmxSubmitIsAnsweredWithTheFieldPathsOrAnHxRedirect() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/leads");
        String header = page.locator("meta[name=csrf-header]").getAttribute("content");
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");

        APIResponse refused = page.request()
                .post(
                        api.base() + "/leads",
                        RequestOptions.create()
                                .setHeader("HX-Request", "true")
                                .setHeader(header, token)
                                .setForm(FormData.create()
                                        .set("name", "Http Typo")
                                        .set("phone", "12")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("data-problem").contains("data-field=\"phone\"");
        assertThat(refused.headers()).containsEntry("hx-retarget", "#flash");

        APIResponse created = page.request()
                .post(
                        api.base() + "/leads",
                        RequestOptions.create()
                                .setHeader("HX-Request", "true")
                                .setHeader(header, token)
                                .setMaxRedirects(0)
                                .setForm(FormData.create()
                                        .set("name", "Http Fine")
                                        .set("phone", "(512) 555-0143")));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.headers().get("hx-redirect")).matches("/leads/[0-9a-f-]{36}");
    }
}
