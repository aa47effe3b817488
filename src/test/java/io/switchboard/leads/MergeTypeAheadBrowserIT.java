package io.switchboard.leads;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lead to merge is found by typing, and shown with its phone and company: no id is pasted. */
class MergeTypeAheadBrowserIT extends BrowserTest {

    @Test
    void theDuplicateIsPickedBySearch() {
        String token = apiSignIn("admin@acme.example", "switchboard-demo");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var kept = api.post(
                "/api/v1/leads",
                body("name", "Morgan Keep " + suffix, "company", "Keep Co", "email", "keep-" + suffix + "@example.com"),
                token);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        String keep = kept.text("id");
        var duplicate = api.post(
                "/api/v1/leads",
                body(
                        "name",
                        "Morgan Dupe " + suffix,
                        "company",
                        "Dupe Holdings " + suffix,
                        "email",
                        "dupe-" + suffix + "@example.com"),
                token);
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(201);

        Page page = signIn("admin@acme.example", "switchboard-demo", "/leads/" + keep);
        Locator form = page.getByTestId("merge-form");
        assertThat(form.locator("input[name=duplicate_id]")).hasCount(0);
        form.getByLabel("Find the duplicate").fill(suffix);
        Locator candidates = page.getByTestId("merge-candidates");
        assertThat(candidates).containsText("Morgan Dupe " + suffix);
        assertThat(candidates).containsText("Dupe Holdings " + suffix);
        assertThat(candidates).not().containsText("Morgan Keep " + suffix);

        candidates
                .getByLabel("Morgan Dupe " + suffix, new Locator.GetByLabelOptions().setExact(false))
                .check();
        page.onDialog(dialog -> dialog.accept());
        // the form submits through htmx, whose redirect then loads the kept lead's page again
        page.waitForNavigation(() -> form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Merge"))
                .click());

        assertThat(page).hasURL(api.base() + "/leads/" + keep);
        page.navigate(api.base() + "/leads/" + duplicate.text("id"));
        assertThat(page.locator("body")).containsText("merged into");
    }
}
