package io.switchboard.leads;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadsBrowserIT extends BrowserTest {

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aManagerFiltersAddsALeadAndNotesACall() {
        // The demo's leads change as its campaign calls them (analyses, scores): the manager's hot
        // and cold leads are read from the API rather than named here.
        String token = apiSignIn("manager@acme.example", "switchboard-demo");
        String hot = api.get("/api/v1/leads?temperature=hot&limit=1", token)
                .json()
                .path("data")
                .path(0)
                .path("name")
                .asString();
        assertThat(hot).as("the manager has a hot lead").isNotEmpty();
        String cold = api.get("/api/v1/leads?temperature=cold&limit=1", token)
                .json()
                .path("data")
                .path(0)
                .path("name")
                .asString();
        Page page = signIn("manager@acme.example", "switchboard-demo");
        page.navigate(api.base() + "/leads?temperature=hot");
        Locator table = page.getByTestId("lead-table");
        assertThat(table).containsText(hot);
        if (!cold.isEmpty()) {
            assertThat(table).not().containsText(cold);
        }

        String name = unique("Browser Lead");
        Locator form = page.getByTestId("new-lead-form");
        form.getByLabel("Name").fill(name);
        form.getByLabel("Phone").fill("(512) 555-07" + (10 + (int) (Math.random() * 80)));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add lead"))
                .click();
        assertThat(page.locator("h1")).hasText(name);

        page.getByLabel("Note").fill("Left a voicemail, will call back tomorrow");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note"))
                .click();
        assertThat(page.locator("#notes")).containsText("Left a voicemail");
        page.reload();
        assertThat(page.locator("#timeline")).containsText("Left a voicemail");
    }

    @Test
    void draggingACardMovesTheLead() {
        Page page = signIn("admin@acme.example", "switchboard-demo");
        page.navigate(api.base() + "/pipeline");
        Locator card =
                page.locator(".board .column").first().locator(".lead-card").first();
        String name = card.locator("a").textContent().strip();
        Locator target = page.locator(".board .column").nth(2);
        card.dragTo(target.locator(".column-head"));
        assertThat(target).containsText(name);
        page.reload();
        assertThat(page.locator(".board .column").nth(2)).containsText(name);
        assertThat(page.locator(".board .column").first()).not().containsText(name);
    }

    @Test
    void theImportWizardPreviewsImportsAndReports(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Page page = signIn("admin@acme.example", "switchboard-demo");
        page.navigate(api.base() + "/leads/import");
        String first = unique("Wizard One");
        Path file = dir.resolve("signups.csv");
        Files.writeString(
                file,
                "Name;Phone;Email\r\n" + first + ";(512) 555-0611;\r\nBroken;12;\r\n" + unique("Wizard Two")
                        + ";;wizard2-" + UUID.randomUUID() + "@example.com\r\n",
                StandardCharsets.UTF_8);
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.getByTestId("import-counts"))
                .containsText("3 rows: 2 will be imported, 0 duplicates and 1 invalid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 leads"))
                .click();
        assertThat(page.getByTestId("import-summary")).containsText("2 leads imported");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the imported leads"))
                .click();
        assertThat(page.getByTestId("lead-table")).containsText(first);
    }
}
