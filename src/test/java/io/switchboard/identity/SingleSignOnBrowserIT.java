package io.switchboard.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import io.switchboard.support.LocalOidcProvider;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Single sign-on in a real Chromium: the admin sets it up, then someone signs in with it. */
class SingleSignOnBrowserIT extends BrowserTest {

    final LocalOidcProvider provider = LocalOidcProvider.ensure();

    @Test
    void anAdminSetsUpSingleSignOnAndTheUserSignsInThroughTheProvider() {
        Tenant tenant = signUp();
        Page admin = signIn(tenant.email(), PASSWORD, "/security");
        var form = admin.getByTestId("sso-form");
        form.getByLabel("Issuer URL").fill(provider.issuer());
        form.getByLabel("Client id").fill(LocalOidcProvider.CLIENT_ID);
        form.getByLabel("Client secret").fill(LocalOidcProvider.CLIENT_SECRET);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save single sign-on"))
                .click();
        assertThat(admin.getByTestId("sso-form").getByLabel("Client secret"))
                .hasAttribute("placeholder", "stored: leave empty to keep it");
        assertThat(api.get("/api/v1/organization/sso", tenant.token()).text("issuer_uri"))
                .isEqualTo(provider.issuer());

        provider.nextLogin("sub-" + UUID.randomUUID(), tenant.email(), true);
        Page page = browser.newContext().newPage();
        page.navigate(api.base() + "/teams");
        page.getByText("Sign in with SSO").click();
        page.getByLabel("Your work e-mail").fill(tenant.organizationId());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to your sign-in provider"))
                .click();
        assertThat(page).hasURL(api.base() + "/teams");

        Page stranger = browser.newContext().newPage();
        stranger.navigate(api.base() + "/sign-in/sso");
        stranger.getByLabel("Your work e-mail").fill("nobody@unknown-" + UUID.randomUUID() + ".example");
        stranger.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to your sign-in provider"))
                .click();
        assertThat(stranger.locator(".alert.error")).containsText("No organization with single sign-on");
    }
}
