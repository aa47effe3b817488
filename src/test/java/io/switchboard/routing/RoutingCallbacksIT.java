package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Follow-ups nobody attends to become callback work, over HTTP: a task falling due for a lead
 * nobody owns, or whose person is offline, is offered on the callback queue, and accepting it makes
 * the agent the lead's owner and the task's assignee; a task whose assignee is on the floor stays
 * theirs.
 */
class RoutingCallbacksIT extends RoutingApiTest {

    @Test
    void aFollowUpNobodyAttendsToIsOfferedAndAcceptingItMakesTheLeadTheAgents() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        Member cleo = join(tenant, "agent");
        queue(tenant, body("name", "Sales"));
        String callbacks =
                queue(tenant, body("name", "Callbacks", "takes_callbacks", true, "reservation_timeout_seconds", 600));
        assertThat(api.get("/api/v1/queues/" + callbacks, tenant.token())
                        .json()
                        .path("takes_callbacks")
                        .asBoolean())
                .isTrue();
        available(ana);
        available(ben);
        String orphan = lead(tenant, "Orphan Lead", "+14155550111", null);
        String bens = lead(tenant, "Ben's Lead", "+14155550112", null);
        String cleos = lead(tenant, "Cleo's Lead", "+14155550113", cleo);
        Instant due = Instant.now().plusSeconds(3);
        String unowned = task(tenant, orphan, null, due);
        String attended = task(tenant, bens, ben, due);
        String offline = task(tenant, cleos, null, due);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> offers(ana).size() + offers(ben).size() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> "overdue"
                .equals(api.get("/api/v1/tasks/" + attended, tenant.token()).text("status")));
        JsonNode stats = api.get("/api/v1/queues/stats", tenant.token()).json().path("data");
        assertThat(stats.valueStream()
                        .filter(q -> q.path("name").asString().equals("Callbacks"))
                        .findFirst()
                        .orElseThrow()
                        .path("waiting")
                        .asInt())
                .as("Ben is on the floor: his task stays his and makes no work")
                .isEqualTo(2);

        Member taker = offers(ana).isEmpty() ? ben : ana;
        JsonNode offer = offers(taker).get(0);
        assertThat(offer.path("kind").asString()).isEqualTo("callback");
        assertThat(offer.path("queue_name").asString()).isEqualTo("Callbacks");
        String lead = offer.path("lead").path("id").asString();
        assertThat(lead).isIn(orphan, cleos);
        String task = lead.equals(orphan) ? unowned : offline;
        JsonNode work = api.get("/api/v1/work/" + offer.path("work_id").asString(), tenant.token())
                .json();
        assertThat(work.path("decisions").get(0).path("reason").asString())
                .startsWith("callback due: Call back")
                .endsWith(lead.equals(orphan) ? "(nobody owns the lead)" : "(the lead's owner is offline)");

        var accepted = api.post(
                "/api/v1/reservations/" + offer.path("reservation_id").asString() + "/accept", null, taker.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/leads/" + lead, tenant.token())
                            .json()
                            .path("lead")
                            .path("owner_id")
                            .asString())
                    .isEqualTo(taker.id());
            assertThat(api.get("/api/v1/tasks/" + task, tenant.token()).text("assignee_id"))
                    .isEqualTo(taker.id());
        });
    }

    /** Created by an admin: nobody owns it unless an owner is named. */
    private String lead(Tenant tenant, String name, String phone, @Nullable Member owner) {
        Map<String, Object> body = new HashMap<>(body("name", name, "phone", phone));
        if (owner != null) {
            body.put("owner_id", owner.id());
        }
        JsonNode lead = created(api.post("/api/v1/leads", body, tenant.token()));
        assertThat(lead.path("owner_id").isString()).isEqualTo(owner != null);
        return lead.path("id").asString();
    }

    private String task(Tenant tenant, String lead, @Nullable Member assignee, Instant due) {
        Map<String, Object> body =
                new HashMap<>(body("lead_id", lead, "title", "Call back " + lead, "due_at", due.toString()));
        if (assignee != null) {
            body.put("assignee_id", assignee.id());
        }
        return created(api.post("/api/v1/tasks", body, tenant.token()))
                .path("id")
                .asString();
    }
}
