package io.switchboard.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The console's shell and the foundation's pages in a real Chromium. */
class ConsoleBrowserIT extends BrowserTest {

    @Test
    void theDemoAdminCreatesATeamAndSeesItListed() {
        Page page = signIn("admin@acme.example", "switchboard-demo");
        assertThat(page).hasURL(api.base() + "/teams");
        assertThat(page.locator("#teams-table")).containsText("Sales Floor");

        String name = "Open House Squad " + UUID.randomUUID().toString().substring(0, 6);
        var form = page.getByTestId("new-team-form");
        form.getByLabel("Name").fill(name);
        form.getByLabel("Type").selectOption("squad");
        form.getByLabel("Part of")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sales Floor"));
        form.getByLabel("Budget").fill("1200.50");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Create team"))
                .click();

        var row = page.locator("#teams-table tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("squad");
        assertThat(row).containsText("Sales Floor");
        assertThat(row).containsText("1200.50 USD");

        page.reload();
        assertThat(page.locator("#teams-table")).containsText(name);
    }

    @Test
    void aBadTeamShowsTheProblemAndChangesNothing() {
        Page page = signIn("admin@acme.example", "switchboard-demo");
        var form = page.getByTestId("new-team-form");
        form.getByLabel("Name").fill("Sales Floor");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Create team"))
                .click();
        assertThat(form.locator("[name=name] + .field-error")).hasText("is already taken");
    }

    @Test
    void anAdminInvitesSomeoneAndTheyJoin() {
        Page page = signIn("admin@acme.example", "switchboard-demo");
        page.navigate(api.base() + "/users");
        String email = "newhire-" + UUID.randomUUID().toString().substring(0, 6) + "@acme.example";
        page.getByLabel("Name").first().fill("New Hire");
        page.getByLabel("E-mail").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation"))
                .click();
        var link = page.getByTestId("invitation-url");
        assertThat(link).containsText("/invitations/inv_");
        assertThat(page.locator("#user-rows")).containsText(email);

        Page invitee = browser.newContext().newPage();
        invitee.navigate(link.textContent().trim().replaceFirst("^https?://[^/]+", api.base()));
        invitee.getByLabel("Choose a password").fill("a-strong-password-1");
        invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and sign in"))
                .click();
        assertThat(invitee.locator("h1")).containsText("Welcome, New Hire");
        // An agent does not see user management in the navigation.
        assertThat(invitee.locator("nav.sidebar")).not().containsText("Settings");
    }

    @Test
    void thePlatformOperatorSwitchesOrganizations() {
        Page page = signIn("operator@switchboard.example", "switchboard-demo");
        assertThat(page.locator("#teams-table")).not().containsText("Sales Floor");
        page.getByTestId("org-switcher")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Acme Realty"));
        page.waitForURL(api.base() + "/");
        page.navigate(api.base() + "/teams");
        assertThat(page.locator("#teams-table")).containsText("Sales Floor");
    }

    @Test
    void signingOutEndsTheSession() {
        Page page = signIn("manager@acme.example", "switchboard-demo");
        page.getByTestId("user-menu").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(api.base() + "/sign-in");
        page.navigate(api.base() + "/teams");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in\\?next=.*"));
    }

    @Test
    void signInWithAWrongPasswordSaysSo() {
        Page page = browser.newContext().newPage();
        page.navigate(api.base() + "/sign-in");
        page.getByLabel("E-mail").fill("admin@acme.example");
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator(".alert.error")).containsText("wrong");
    }
}
