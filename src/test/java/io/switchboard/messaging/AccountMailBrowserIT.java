package io.switchboard.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import io.switchboard.support.TestMailServer;
import org.junit.jupiter.api.Test;

/**
 * An admin opens Security › Account mail and sees the invitation just sent delivered, by recipient
 * and subject, without its one-time link; the page fits a 390 px phone.
 */
class AccountMailBrowserIT extends BrowserTest {

    @Test
    void anAdminSeesTheInvitationDeliveredWithoutItsLink() {
        Tenant tenant = signUp();
        Member invited = join(tenant, "agent");
        String mailed = TestMailServer.awaitBody(invited.email(), "You are invited to Switchboard");

        Page page = signIn(tenant.email(), PASSWORD);
        assertThat(page.locator("a[href='/account-mail']").first()).isAttached(); // in the navigation
        page.navigate(api.base() + "/account-mail");
        Locator row = page.getByTestId("account-mail").filter(new Locator.FilterOptions().setHasText(invited.email()));
        // The sender records the delivery just after the server has it: the page is read again until it does.
        for (int i = 0; i < 30 && !row.textContent().contains("sent "); i++) {
            page.waitForTimeout(1000);
            page.reload();
        }
        assertThat(row).containsText("You are invited to Switchboard");
        assertThat(row.locator(".badge")).hasText("sent", new LocatorAssertions.HasTextOptions().setTimeout(1000));
        String link = mailed.lines()
                .filter(l -> l.contains("inv_"))
                .findFirst()
                .orElseThrow()
                .strip();
        assertThat(page.content()).doesNotContain(link);

        page.setViewportSize(390, 844);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue())
                .as("the Account mail page on a 390 px phone")
                .isLessThanOrEqualTo(390);
    }
}
