package io.switchboard.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceBrowserIT extends BrowserTest {

    static String seattle() {
        return "(206) 555-01"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    }

    static String e164(String number) {
        return "+1" + number.replaceAll("[^0-9]", "");
    }

    @Test
    void anAdminAddsImportsAndRemovesDoNotCallNumbers(@TempDir Path dir) throws Exception {
        Page page = signIn("admin@acme.example", "switchboard-demo", "/compliance/dnc");
        page.onDialog(dialog -> dialog.accept());
        Locator table = page.getByTestId("dnc-table");
        assertThat(table).containsText("+15125550196"); // the demo lead who asked not to be called

        String number = seattle();
        Locator add = page.getByTestId("dnc-add-form");
        add.getByLabel("Phone").fill(number);
        add.getByLabel("Reason").fill("asked on a browser call");
        add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(table).containsText(e164(number));

        Path file = dir.resolve("suppress.csv");
        String other = seattle();
        Files.writeString(
                file, "phone,reason\n" + number + ",again\n12,typo\n" + other + ",registry\n", StandardCharsets.UTF_8);
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        Locator counts = page.getByTestId("import-counts");
        assertThat(counts).containsText("3 rows: ");
        assertThat(counts).containsText(" invalid");
        assertThat(page.getByTestId("import-problems")).containsText("12");
        assertThat(page.getByTestId("import-problems")).containsText("already");

        page.getByTestId("dnc-add-form").getByLabel("Phone").fill("not a number");
        page.getByTestId("dnc-add-form")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(page.getByTestId("dnc-add-form").locator("[name=phone][aria-invalid=true] + .field-error"))
                .isVisible();
        assertThat(page.getByTestId("dnc-add-form").getByLabel("Phone")).hasValue("not a number");

        page.navigate(api.base() + "/compliance/dnc?q=" + e164(number).substring(2));
        table.locator("tr", new Locator.LocatorOptions().setHasText(e164(number)))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
                .click();
        assertThat(page.getByTestId("dnc-table")).not().containsText(e164(number));
    }

    @Test
    void theOperatorKeepsThePlatformList() {
        Page page = signIn("operator@switchboard.example", "switchboard-demo", "/compliance/dnc");
        page.onDialog(dialog -> dialog.accept());
        Locator platform = page.getByTestId("platform-dnc");
        String number = "+1 206 555 01"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        platform.getByLabel("Phone").fill(number);
        platform.getByLabel("Reason").fill("regulator order");
        platform.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to platform list"))
                .click();
        String e164 = number.replace(" ", "");
        assertThat(platform).containsText(e164);
        platform.locator("tr", new Locator.LocatorOptions().setHasText(e164))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
                .click();
        assertThat(page.getByTestId("platform-dnc")).not().containsText(e164);
    }

    @Test
    void theCallingRulesAndHolidaysAreSaved() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/compliance/settings");
        Locator form = page.getByTestId("calling-rules-form");
        form.getByLabel("From").fill("09:30");
        form.getByLabel("Until").fill("18:00");
        form.getByLabel("Sunday").uncheck();
        form.getByLabel("AI agents call only leads with a recorded consent").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#flash")).containsText("Calling rules saved.");

        Locator holiday = page.getByTestId("holiday-form");
        holiday.getByLabel("Date").fill("2030-07-04");
        holiday.getByLabel("Name").fill("Independence Day");
        holiday.getByLabel("Country").fill("us");
        holiday.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add holiday"))
                .click();
        assertThat(page.getByTestId("holiday-table")).containsText("Independence Day");
        assertThat(page.getByTestId("holiday-table")).containsText("US");

        page.reload();
        assertThat(page.getByTestId("calling-rules-form").getByLabel("From")).hasValue("09:30");
        assertThat(page.getByTestId("calling-rules-form").getByLabel("Sunday"))
                .not()
                .isChecked();
        var settings = api.get("/api/v1/compliance/settings", tenant.token()).json();
        assertThat(settings.path("require_consent_for_ai_calls").asBoolean()).isTrue();
        assertThat(settings.path("calling_window").path("end").asString()).isEqualTo("18:00");
        assertThat(settings.path("calling_window").path("days").size()).isEqualTo(6);
    }

    @Test
    void consentIsRecordedAndRevokedOnTheLeadsPage() {
        Tenant tenant = signUp();
        String lead = api.post("/api/v1/leads", body("name", "Grace Kim", "phone", "(206) 555-0145"), tenant.token())
                .text("id");
        Page page = signIn(tenant.email(), PASSWORD, "/leads/" + lead);
        page.onDialog(dialog -> dialog.accept());
        Locator card = page.getByTestId("consent-card");
        assertThat(page.getByTestId("consent-status")).hasText("no consent");
        Locator form = page.getByTestId("consent-form");
        form.getByLabel("Source").selectOption("web_form");
        form.getByLabel("Evidence", new Locator.GetByLabelOptions().setExact(true))
                .fill("Ticked the consent box on the listing form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record consent"))
                .click();
        assertThat(page.getByTestId("consent-status")).hasText("consent recorded");
        assertThat(card).containsText("Ticked the consent box");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        assertThat(page.getByTestId("consent-status")).hasText("no consent");
        assertThat(card).containsText("revoked");
    }
}
