package io.switchboard.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.switchboard.support.BrowserTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Times read in the viewer's own zone; a new organization takes the signing-up browser's. */
class ViewerTimeBrowserIT extends BrowserTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void aViewerInLosAngelesSeesTimesThereAsWords() {
        Tenant tenant = signUp(); // the organization stays in UTC: the profile's zone wins
        var profile = api.patch("/api/v1/me", Map.of("timezone", "America/Los_Angeles"), tenant.token());
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        var lead = api.post(
                "/api/v1/leads",
                Map.of("name", "Lena Local", "phone", "+1 212 555 0187", "timezone", "America/New_York"),
                tenant.token());
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
        Instant created = Instant.parse(lead.text("created_at"));
        Instant due = Instant.now()
                .plus(3, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS)
                .plus(1, ChronoUnit.HOURS);
        var task = api.post(
                "/api/v1/tasks",
                Map.of("lead_id", lead.text("id"), "title", "Send the brochure", "due_at", due.toString()),
                tenant.token());
        assertThat(task.status()).as(task.toString()).isEqualTo(201);

        Page page = signIn(tenant.email(), PASSWORD, "/leads/" + lead.text("id"));

        Locator createdAt = page.getByTestId("lead-form").locator("p.hint time");
        assertThat(createdAt).hasText("Today " + created.atZone(LOS_ANGELES).format(CLOCK));
        assertThat(createdAt).hasAttribute("title", Pattern.compile(".* America/Los_Angeles \\(P[SD]T\\)$"));
        ZonedDateTime dueThere = due.atZone(LOS_ANGELES);
        String day = dueThere.getYear() == ZonedDateTime.now(LOS_ANGELES).getYear()
                ? dueThere.format(DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH))
                : dueThere.format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH));
        assertThat(page.locator("#tasks time")).containsText(day + " P");
        assertThat(page.locator("#tasks time")).containsText("in 3 days");

        // The lead's own clock, in the lead's zone (New York), whichever minute the page was drawn in.
        String before = ZonedDateTime.now(ZoneId.of("America/New_York")).format(CLOCK);
        String shown = page.getByTestId("lead-local-time").textContent();
        String after = ZonedDateTime.now(ZoneId.of("America/New_York")).format(CLOCK);
        assertThat(shown).matches(".*their time: (" + before + "|" + after + ").*");
    }

    @Test
    void signingUpTakesTheBrowsersZone() {
        Page page = browser.newContext(new Browser.NewContextOptions().setTimezoneId("Australia/Sydney"))
                .newPage();
        page.navigate(api.base() + "/sign-up");
        assertThat(page.getByTestId("sign-up-timezone")).hasValue("Australia/Sydney");

        String email = "sydney-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        page.locator("[name=organization_name]").fill("Sydney Homes");
        page.locator("[name=name]").fill("Asha");
        page.locator("[name=email]").fill(email);
        page.locator("[name=password]").fill(PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(api.base() + "/");

        page.navigate(api.base() + "/organization");
        assertThat(page.locator("select[name=timezone]")).hasValue("Australia/Sydney");
    }
}
