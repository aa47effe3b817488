package io.switchboard.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Walks the console as a signed-in person sees it: every page of the navigation, then the first
 * detail page of each kind that the list pages link to. The width, name and link checks share it.
 */
public final class ConsoleWalk {

    /** Detail pages reached from the list pages: the first link of each shape is followed. */
    static final List<Pattern> DETAILS = List.of(
            Pattern.compile("^/leads/[0-9a-f-]{36}$"),
            Pattern.compile("^/calls/[0-9a-f-]{36}$"),
            Pattern.compile("^/calls/[0-9a-f-]{36}/conversation$"),
            Pattern.compile("^/campaigns/[0-9a-f-]{36}$"),
            Pattern.compile("^/campaigns/[0-9a-f-]{36}/exclusions$"),
            Pattern.compile("^/teams/[0-9a-f-]{36}$"),
            Pattern.compile("^/queues/[0-9a-f-]{36}$"));

    private ConsoleWalk() {}

    /** The paths of the navigation, in order, as the signed-in page shows them. */
    public static List<String> navigation(Page page) {
        // CSS, not roles: on a phone the closed navigation is hidden, and hidden links have no role.
        assertThat(page.locator("#navigation a").first()).isAttached();
        return page.locator("#navigation a").all().stream()
                .map(link -> link.getAttribute("href"))
                .distinct()
                .toList();
    }

    /**
     * Navigation pages plus one detail page of each kind found on them or on the detail pages
     * reached from them (a campaign's exclusions are linked from the campaign).
     */
    public static List<String> pages(Page page, String base, String... more) {
        List<String> paths = new ArrayList<>(new LinkedHashSet<>(navigation(page)));
        paths.addAll(List.of(more));
        List<Pattern> open = new ArrayList<>(DETAILS);
        for (int i = 0; i < paths.size(); i++) {
            page.navigate(base + paths.get(i));
            page.waitForLoadState();
            for (String href : links(page)) {
                Pattern shape = open.stream()
                        .filter(p -> p.matcher(href).matches())
                        .findFirst()
                        .orElse(null);
                if (shape != null) {
                    open.remove(shape);
                    paths.add(href);
                }
            }
        }
        return List.copyOf(paths);
    }

    /** Every href, action, hx-get and hx-post on the page. */
    @SuppressWarnings("unchecked")
    public static List<String> links(Page page) {
        return (List<String>)
                page.evaluate("() => [...document.querySelectorAll('[href],[action],[hx-get],[hx-post]')].flatMap(e =>"
                        + " ['href','action','hx-get','hx-post'].map(a => e.getAttribute(a)).filter(v => v))");
    }
}
