package io.switchboard.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a 390 px phone, the menu button opens the navigation, and no page of the console is wider
 * than the screen: wide tables and boards scroll inside their own container.
 */
class PhoneWidthBrowserIT extends BrowserTest {

    @Test
    void theMenuButtonOpensTheNavigationOnAPhone() {
        Page page = signIn("admin@acme.example", "switchboard-demo", "/leads");
        page.setViewportSize(390, 844);
        assertThat(page.getByTestId("navigation")).isHidden();

        page.getByTestId("menu-button").click();
        assertThat(page.getByTestId("navigation")).isVisible();
        page.getByTestId("navigation")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Calls").setExact(true))
                .click();

        assertThat(page).hasURL(api.base() + "/calls");
        assertThat(page.getByTestId("navigation")).isHidden();
    }

    @Test
    void noPageIsWiderThanAPhone() {
        Page page = signIn("admin@acme.example", "switchboard-demo", "/leads");
        page.setViewportSize(390, 844);
        // CSS, not roles: on a phone the closed navigation is hidden, and hidden links have no role.
        assertThat(page.locator("#navigation a").first()).isAttached();
        List<String> paths = page.locator("#navigation a").all().stream()
                .map(link -> link.getAttribute("href"))
                .toList();
        List<String> tooWide = new ArrayList<>();
        for (String path : paths) {
            page.navigate(api.base() + path);
            page.waitForLoadState();
            Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
            if (width.intValue() > 390) {
                tooWide.add(path + " (" + width + " px)");
            }
        }
        assertThat(paths).hasSizeGreaterThan(10);
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
    }
}
