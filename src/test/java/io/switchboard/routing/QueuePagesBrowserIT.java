package io.switchboard.routing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A queue's page: a manager creates a queue, sets its team, skills and hours (a refusal shows next
 * to its field and changes nothing), and watches its work arrive live with every decision, names
 * not ids, at a phone's width; an agent has neither the page nor its link.
 */
class QueuePagesBrowserIT extends BrowserTest {

    private static final LocatorAssertions.HasCountOptions LOADED =
            new LocatorAssertions.HasCountOptions().setTimeout(30_000);

    @Test
    void aManagerSetsUpAQueueAndWatchesItsWorkAndDecisionsLive() {
        Tenant tenant = signUp();
        Member ana = named(join(tenant, "agent"), "Ana Red", tenant);
        Member ben = named(join(tenant, "agent"), "Ben Blue", tenant);
        String red =
                api.post("/api/v1/teams", body("name", "Red"), tenant.token()).text("id");
        var added = api.post("/api/v1/teams/" + red + "/members", Map.of("user_id", ana.id()), tenant.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        Page page = signIn(tenant.email(), PASSWORD, "/queues");
        assertThat(page.locator("#navigation a[href='/queues']")).hasCount(1);
        page.getByTestId("new-queue-name").fill("Red line");
        page.getByTestId("create-queue").click();
        assertThat(page.getByTestId("queue-work")).containsText("Red line");
        String queue = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.getByTestId("queue-team").selectOption(red);
        page.getByTestId("queue-strategy").selectOption("least_busy");
        page.getByTestId("queue-skills").fill("spanish 9");
        page.getByTestId("save-queue").click();
        assertThat(page.getByTestId("error-required_skills")).containsText("a level from 1 to 5");
        assertThat(api.get("/api/v1/queues/" + queue, tenant.token()).text("strategy"))
                .as("a refused form changes nothing")
                .isEqualTo("longest_idle");
        page.getByTestId("queue-skills").fill("spanish 3");
        page.getByTestId("queue-start").fill("09:00");
        page.getByTestId("queue-end").fill("09:00");
        page.getByTestId("save-queue").click();
        assertThat(page.getByTestId("error-business_hours")).containsText("end: must differ from start");
        page.getByTestId("queue-start").fill("");
        page.getByTestId("queue-end").fill("");
        page.getByTestId("save-queue").click();
        assertThat(page.getByTestId("settings-saved")).isVisible();
        var stored = api.get("/api/v1/queues/" + queue, tenant.token()).json();
        assertThat(stored.path("team_id").asString()).isEqualTo(red);
        assertThat(stored.path("strategy").asString()).isEqualTo("least_busy");
        assertThat(stored.path("required_skills").get(0).path("skill").asString())
                .isEqualTo("spanish");
        assertThat(stored.path("business_hours").isNull()).isTrue();

        for (Member agent : List.of(ana, ben)) {
            var skills = api.send(
                    "PUT",
                    "/api/v1/users/" + agent.id() + "/skills",
                    List.of(Map.of("skill", "spanish", "level", 3)),
                    tenant.token(),
                    Map.of());
            assertThat(skills.status()).as(skills.toString()).isEqualTo(200);
        }
        api.send("PUT", "/api/v1/me/availability", body("status", "available"), ben.token(), Map.of());
        var lead = api.post("/api/v1/leads", body("name", "Dana Buyer", "phone", "+14155550199"), tenant.token());
        var queued = api.post(
                "/api/v1/queues/" + queue + "/work", body("kind", "lead", "lead_id", lead.text("id")), tenant.token());
        assertThat(queued.status()).as(queued.toString()).isEqualTo(201);

        // Arrives live: Ben has the skill but is not in the team, and the page says so.
        assertThat(page.getByTestId("open-work")).hasCount(1, LOADED);
        assertThat(page.getByTestId("open-work")).containsText("Dana Buyer");
        assertThat(page.getByTestId("work-status")).hasText("waiting");
        assertThat(page.getByTestId("work-decisions"))
                .containsText(
                        "no member of team Red is free for it; 1 free agent was passed over",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.getByTestId("work-age")).containsText(" s");

        api.send("PUT", "/api/v1/me/availability", body("status", "available"), ana.token(), Map.of());
        assertThat(page.getByTestId("work-status"))
                .hasText("offered", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.getByTestId("work-decisions")).containsText("Ana Red");
        assertThat(page.getByTestId("work-decisions")).containsText("least busy: holds 0 of 3");
        assertThat(page.getByTestId("work-decisions")).not().containsText(ana.id());

        page.setViewportSize(390, 844);
        assertThat((Boolean) page.evaluate("(() => { const m = document.querySelector('main');"
                        + " return m.scrollWidth <= m.clientWidth && m.getBoundingClientRect().right <= 390; })()"))
                .as("the queue's page fits a phone's width")
                .isTrue();

        Page agent = signIn(ben.email(), PASSWORD, "/desk");
        assertThat(agent.locator("#navigation a[href='/queues']")).hasCount(0);
        assertThat(agent.navigate(api.base() + "/queues/" + queue).status()).isEqualTo(403);
    }

    private Member named(Member member, String name, Tenant tenant) {
        var renamed = api.send("PATCH", "/api/v1/users/" + member.id(), body("name", name), tenant.token(), Map.of());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        return member;
    }
}
