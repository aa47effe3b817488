package io.switchboard.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import io.switchboard.support.TestMailServer;
import io.switchboard.support.Totp;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The security pages of the console in a real Chromium. */
class SecurityConsoleBrowserIT extends BrowserTest {

    static final String ADMIN = "admin@acme.example";
    static final String DEMO_PASSWORD = "switchboard-demo";

    @Test
    void aUserSetsUpTwoFactorFromTheProfileAndNeedsItAtTheNextSignIn() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD);
        page.navigate(api.base() + "/profile");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up 2FA"))
                .click();
        assertThat(page.getByTestId("totp-qr")).isVisible();
        String secret = page.getByTestId("totp-secret").textContent().trim();
        page.getByLabel("Code").fill(Totp.code(secret, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on 2FA"))
                .click();
        assertThat(page.getByTestId("recovery-codes").locator("li")).hasCount(10);

        Page again = signIn(tenant.email(), PASSWORD);
        assertThat(again.locator("h1")).containsText("Two-factor authentication");
        again.getByLabel("Code from your authenticator app").fill(Totp.code(secret, 1));
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();
        assertThat(again).hasURL(api.base() + "/teams");
    }

    @Test
    void anAdminCreatesRotatesAndRevokesAnApiKey() {
        Page page = signIn(ADMIN, DEMO_PASSWORD);
        page.onDialog(dialog -> dialog.accept());
        page.navigate(api.base() + "/api-keys");
        assertThat(page.locator("#api-keys-table")).containsText("CRM sync");
        String name = "Zapier " + UUID.randomUUID().toString().substring(0, 6);
        var form = page.getByTestId("new-key-form");
        form.getByLabel("Name").fill(name);
        form.getByLabel("users:read").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create key"))
                .click();
        String secret = page.getByTestId("api-key-secret").textContent().trim();
        assertThat(secret).startsWith("sk_");
        assertThat(api.get("/api/v1/users", secret).status()).isEqualTo(200);

        Locator row = page.locator("#api-keys-table tr", new Page.LocatorOptions().setHasText(name));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rotate"))
                .click();
        assertThat(page.getByTestId("api-key-secret")).not().hasText(secret);
        page.locator("#api-keys-table tr", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        assertThat(page.locator("#api-keys-table tr", new Page.LocatorOptions().setHasText(name)))
                .containsText("revoked");
        assertThat(api.get("/api/v1/users", secret).status()).isEqualTo(401);
    }

    @Test
    void thePermissionsMatrixShowsBuiltInAndCustomRoles() {
        Page page = signIn(ADMIN, DEMO_PASSWORD);
        page.navigate(api.base() + "/roles");
        var matrix = page.getByTestId("permissions-matrix");
        assertThat(matrix).containsText("Quality reviewer");
        assertThat(matrix).containsText("supervisor");
        String name = "Dispatcher " + UUID.randomUUID().toString().substring(0, 6);
        var form = page.getByTestId("new-role-form");
        form.getByLabel("Name").fill(name);
        form.getByLabel("teams:read").check();
        form.getByLabel("calls:read").check();
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create role"))
                .click();
        assertThat(page.getByTestId("permissions-matrix")).containsText(name);
    }

    @Test
    void theAuditLogVerifiesItsChainAndSecurityEventsShowFailedSignIns() {
        Tenant tenant = signUp();
        api.post("/api/v1/auth/login", body("email", tenant.email(), "password", "not-the-password-1"), null);
        Page page = signIn(tenant.email(), PASSWORD);
        page.navigate(api.base() + "/audit");
        assertThat(page.locator("#audit-table")).containsText("auth.signed_in");
        assertThat(page.locator("#audit-table")).containsText("organizations.created");
        page.getByTestId("verify-chain").click();
        assertThat(page.getByTestId("verification")).containsText("Chain intact");
        page.getByTestId("audit-search").getByLabel("Search").fill("sign_in_failed");
        page.getByTestId("audit-search")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.locator("#audit-table tbody tr")).hasCount(1);

        page.navigate(api.base() + "/security-events");
        assertThat(page.locator("#security-events-table")).containsText("sign_in_failed");
        assertThat(page.locator("#security-events-table")).containsText(tenant.email());
    }

    @Test
    void securitySettingsAndTheDevMailbox() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD);
        page.navigate(api.base() + "/security");
        var form = page.getByTestId("security-form");
        form.getByLabel("Required for").selectOption("admins");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#flash")).containsText("Security settings saved");
        assertThat(api.get("/api/v1/organization/security", tenant.token()).text("two_factor_policy"))
                .isEqualTo("admins");

        page.navigate(api.base() + "/dev/mailbox");
        assertThat(page.getByTestId("mail").first()).containsText("Confirm your e-mail address");
    }

    @Test
    void someoneWhoForgotTheirPasswordResetsItFromTheMailedLink() {
        Tenant tenant = signUp();
        Page page = browser.newContext().newPage();
        page.navigate(api.base() + "/sign-in");
        page.getByText("Forgot your password?").click();
        page.getByLabel("E-mail").fill(tenant.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reset link"))
                .click();
        assertThat(page.locator(".alert.success")).containsText("reset link is on its way");

        String token = TestMailServer.awaitToken(tenant.email(), "Reset your Switchboard password", "pr_");
        page.navigate(api.base() + "/reset-password/" + token);
        page.getByLabel("New password").fill("a-fresh-password-42");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(page.locator(".alert.success")).containsText("password was changed");
        Page signedIn = signIn(tenant.email(), "a-fresh-password-42");
        assertThat(signedIn).hasURL(api.base() + "/teams");
    }
}
