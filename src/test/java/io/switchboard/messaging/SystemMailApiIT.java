package io.switchboard.messaging;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import io.switchboard.support.TestMailServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An admin sees whether the organization's account mail went out, over HTTP: the sign-up's address
 * check and an invitation, delivered through the platform's SMTP server (GreenMail), listed with
 * their status and never their text; another organization's mail is not in the list.
 */
class SystemMailApiIT extends ApiTest {

    @Test
    void anAdminSeesTheOrganizationsAccountMailDeliveredWithoutItsText() {
        Tenant tenant = signUp();
        Member invited = join(tenant, "agent");
        TestMailServer.awaitBody(tenant.email(), "Confirm your e-mail address");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(list(tenant, "?status=sent"))
                .extracting(m -> m.path("recipient").asString())
                .contains(tenant.email(), invited.email()));
        JsonNode invitation = list(tenant, "").stream()
                .filter(m -> m.path("kind").asString().equals("invitation"))
                .findFirst()
                .orElseThrow();
        assertThat(invitation.path("recipient").asString()).isEqualTo(invited.email());
        assertThat(invitation.path("subject").asString()).isEqualTo("You are invited to Switchboard");
        assertThat(invitation.path("status").asString()).isEqualTo("sent");
        assertThat(invitation.path("attempts").asInt()).isEqualTo(1);
        assertThat(invitation.path("sent_at").asString()).isNotBlank();
        assertThat(invitation.has("body"))
                .as("the text (a one-time link) is never shown")
                .isFalse();
        assertThat(list(tenant, "?status=queued")).noneMatch(m -> m.path("id").equals(invitation.path("id")));

        Tenant other = signUp();
        assertThat(list(other, ""))
                .extracting(m -> m.path("recipient").asString())
                .doesNotContain(tenant.email(), invited.email());
    }

    @Test
    void pagesFollowTheCursorAndBadInputIsRefused() {
        Tenant tenant = signUp();
        join(tenant, "agent");
        join(tenant, "agent");

        List<String> all =
                list(tenant, "").stream().map(m -> m.path("id").asString()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(3); // the address check and two invitations
        List<String> paged = new ArrayList<>();
        String cursor = "";
        do {
            var page = api.get("/api/v1/messaging/system-mail?limit=2" + cursor, tenant.token());
            assertThat(page.json().path("data").size()).isBetween(1, 2);
            page.json().path("data").forEach(m -> paged.add(m.path("id").asString()));
            JsonNode next = page.json().path("next_cursor");
            cursor = next.isNull() || next.isMissingNode() ? "" : "&cursor=" + next.asString();
        } while (!cursor.isEmpty());
        assertThat(paged).as("every mail once, newest first").isEqualTo(all);

        assertProblem(api.get("/api/v1/messaging/system-mail?status=lost", tenant.token()), 400, "invalid_parameter");
        assertProblem(api.get("/api/v1/messaging/system-mail?limit=0", tenant.token()), 400, "invalid_limit");
        assertProblem(api.get("/api/v1/messaging/system-mail?cursor=nope", tenant.token()), 400, "invalid_cursor");
        Member agent = join(tenant, "agent");
        assertThat(api.get("/api/v1/messaging/system-mail", agent.token()).status())
                .isEqualTo(403);
    }

    private List<JsonNode> list(Tenant tenant, String query) {
        var response = api.get("/api/v1/messaging/system-mail" + query, tenant.token());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        response.json().path("data").forEach(rows::add);
        return rows;
    }
}
