package io.switchboard.console;

import com.microsoft.playwright.Page;
import io.switchboard.support.BrowserTest;
import io.switchboard.support.ConsoleWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person never reads a raw id, and no console link leads to an API answer: every page of the
 * navigation and a lead, call, campaign and audit page, walked on the demo data per role.
 */
class NamesNotIdsBrowserIT extends BrowserTest {

    static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    static final Pattern ADDRESS = Pattern.compile("https?://\\S+|\\S+@\\S+");

    @ParameterizedTest
    @ValueSource(strings = {"admin@acme.example", "agent1@acme.example"})
    void noPageShowsAnIdOrLinksToTheApi(String email) {
        Page page = signIn(email, "switchboard-demo", "/leads");
        List<String> paths = ConsoleWalk.pages(page, api.base(), "/audit", "/notifications", "/profile");
        List<String> ids = new ArrayList<>();
        List<String> apiLinks = new ArrayList<>();
        for (String path : paths) {
            page.navigate(api.base() + path);
            page.waitForLoadState();
            // An address to copy (a provider's webhook, a sign-in redirect) carries the organization's
            // id by design, and an e-mail address is what someone typed: neither names a record by
            // its id, so both are left out of the check.
            String text = ADDRESS.matcher((String) page.evaluate("document.body.innerText"))
                    .replaceAll("<address>");
            Matcher found = UUID.matcher(text);
            if (found.find()) {
                int at = found.start();
                ids.add(path + ": …"
                        + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40))
                                .replace('\n', ' ') + "…");
            }
            ConsoleWalk.links(page).stream()
                    .filter(link -> link.startsWith("/api/") || link.contains("/api/v1/"))
                    .forEach(link -> apiLinks.add(path + " → " + link));
        }
        List<String> walked = paths;
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(walked).hasSizeGreaterThan(email.startsWith("admin") ? 15 : 5);
            soft.assertThat(walked).anyMatch(p -> p.matches("/leads/[0-9a-f-]{36}"));
            if (email.startsWith("admin")) {
                soft.assertThat(walked)
                        .anyMatch(p -> p.matches("/calls/[0-9a-f-]{36}"))
                        .anyMatch(p -> p.matches("/campaigns/[0-9a-f-]{36}"))
                        .contains("/audit");
            }
            soft.assertThat(ids).as("pages showing a raw id").isEmpty();
            soft.assertThat(apiLinks).as("console links into the API").isEmpty();
        });
    }
}
