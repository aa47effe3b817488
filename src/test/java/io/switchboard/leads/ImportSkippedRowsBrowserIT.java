package io.switchboard.leads;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import as a person goes through it: the mapping shows what each column was matched to and
 * takes a change, skipped rows are shown with their values (a duplicate names the lead it
 * repeats), and the skipped rows download from the console itself, for its own organization only.
 */
class ImportSkippedRowsBrowserIT extends BrowserTest {

    @Test
    void matchedFieldsSkippedRowsAndTheirDownload(@TempDir Path dir) throws Exception {
        String token = apiSignIn("admin@acme.example", "switchboard-demo");
        var dana = api.get("/api/v1/leads?q=Dana%20Whitfield&limit=1", token)
                .json()
                .path("data")
                .path(0);
        String danaPhone = dana.path("phone").asString();
        String danaId = dana.path("id").asString();
        assertThat(danaPhone).as("the demo's Dana Whitfield has a phone").isNotEmpty();

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Path file = dir.resolve("fair-" + suffix + ".csv");
        Files.writeString(
                file,
                "Full Name,Mobile,Firm " + suffix + "\n"
                        + "Fair Visitor " + suffix + ",(512) 555-07" + (10 + (int) (Math.random() * 80))
                        + ",Lakeside Co\n"
                        + "Broken Row " + suffix + ",12,Nowhere Inc\n"
                        + "Dana Again " + suffix + "," + danaPhone + ",Whitfield Homes\n",
                StandardCharsets.UTF_8);

        Page page = signIn("admin@acme.example", "switchboard-demo", "/leads/import");
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.getByTestId("import-counts")).containsText("3 rows: 1 will be imported");
        assertThat(page.locator("select[name='col:Full Name']")).hasValue("name");
        assertThat(page.locator("select[name='col:Mobile']")).hasValue("phone");
        assertThat(page.getByTestId("import-result")).containsText("duplicate of Dana Whitfield");
        assertThat(page.getByTestId("import-result")
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Dana Whitfield")))
                .hasAttribute("href", "/leads/" + danaId);

        page.locator("select[name='col:Firm " + suffix + "']").selectOption("company");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.getByTestId("import-result")).containsText("Lakeside Co");
        assertThat(page.locator("select[name='col:Firm " + suffix + "']")).hasValue("company");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 1 leads"))
                .click();
        assertThat(page.getByTestId("import-summary")).containsText("1 leads imported");
        var skipped = page.getByTestId("skipped-rows");
        assertThat(skipped).containsText("Broken Row " + suffix);
        assertThat(skipped).containsText("Nowhere Inc");
        assertThat(skipped).containsText("Whitfield Homes");
        assertThat(skipped).containsText("duplicate of Dana Whitfield");

        Download download =
                page.waitForDownload(() -> page.getByTestId("skipped-download").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("line,reason,Full Name,Mobile,Firm " + suffix);
        assertThat(csv).contains("Broken Row " + suffix + ",12,Nowhere Inc").contains("Dana Again " + suffix);
        assertThat(csv).doesNotContain("Fair Visitor");

        String download2 = page.getByTestId("skipped-download").getAttribute("href");
        assertThat(download2).startsWith("/leads/import/").endsWith("/skipped.csv");
        assertThat(page.context().request().get(api.base() + download2).status())
                .isEqualTo(200);

        Tenant other = signUp();
        Page stranger = signIn(other.email(), PASSWORD, "/leads/import");
        var answer = stranger.context().request().get(api.base() + download2);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text()).doesNotContain("Broken Row");
    }

    @Test
    void theLeadListExportsFromTheConsoleWithItsFilters() throws Exception {
        Page page = signIn("manager@acme.example", "switchboard-demo", "/leads?temperature=hot");
        assertThat(page.getByTestId("export")).hasAttribute("href", "/leads/export.csv?temperature=hot");
        Download download =
                page.waitForDownload(() -> page.getByTestId("export").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,name,");
        assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(line -> line.contains("hot"));
    }
}
