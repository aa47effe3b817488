package io.switchboard.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Browser tests drive Debian's Chromium (never a downloaded one) through Playwright. Skipped with a
 * message where no Chromium is installed; CI installs it, so there they always run.
 */
public abstract class BrowserTest extends ApiTest {

    static final Path CHROMIUM = Path.of(System.getProperty("switchboard.chromium", "/usr/bin/chromium"));
    protected static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void launch() {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "No Chromium at " + CHROMIUM + ": browser tests skipped (apt-get install -y chromium)");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected Page signIn(String email, String password) {
        Page page = browser.newContext().newPage();
        page.navigate(api.base() + "/teams");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in\\?next=.*"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        return page;
    }

    /** Signs in through the sign-in page and lands on {@code path}. */
    protected Page signIn(String email, String password, String path) {
        Page page = browser.newContext().newPage();
        page.navigate(api.base() + path);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sign-in\\?next=.*"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(api.base() + path);
        return page;
    }
}
