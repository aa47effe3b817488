package io.switchboard.routing;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Business hours and overflow, applied by the dispatcher, over HTTP: work waiting past its queue's
 * overflow threshold moves on and is offered there; work nobody in its queue could ever take moves
 * at once; work in a closed queue waits for the opening (a job due then) or for new hours; an
 * overflow cycle and bad hours are refused changing nothing.
 */
class RoutingHoursOverflowIT extends RoutingApiTest {

    @Test
    void workWaitingPastTheThresholdOverflowsAndIsOfferedThere() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String backup = queue(tenant, body("name", "Backup", "reservation_timeout_seconds", 600));
        String sales = queue(
                tenant,
                body(
                        "name",
                        "Sales",
                        "required_skills",
                        List.of(Map.of("skill", "spanish", "level", 3)),
                        "overflow_queue_id",
                        backup,
                        "overflow_after_seconds",
                        5));
        assertThat(api.get("/api/v1/queues/" + backup, tenant.token())
                        .json()
                        .path("overflow_after_seconds")
                        .asInt())
                .as("the SLA by default")
                .isEqualTo(30);
        skills(tenant, ben, "spanish", 3);
        available(ben);
        setStatus(ben, "on_break");
        available(ana);

        String work = work(tenant, sales, body("kind", "callback"));
        assertThat(api.get("/api/v1/work/" + work, tenant.token()).text("queue_id"))
                .as("Ben could take it, once back from his break: it waits in Sales")
                .isEqualTo(sales);
        assertThat(offers(ana)).as("Ana does not speak Spanish").isEmpty();

        await().atMost(Duration.ofSeconds(60)).until(() -> offers(ana).size() == 1);
        JsonNode offer = offers(ana).get(0);
        assertThat(offer.path("work_id").asString()).isEqualTo(work);
        assertThat(offer.path("queue_name").asString()).isEqualTo("Backup");
        JsonNode moved = api.get("/api/v1/work/" + work, tenant.token()).json();
        assertThat(moved.path("queue_id").asString()).isEqualTo(backup);
        assertThat(reasons(moved)).contains("overflowed from Sales after 5 s");
    }

    @Test
    void workNoAgentCouldEverTakeOverflowsAtOnce() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        String backup = queue(tenant, body("name", "Backup", "reservation_timeout_seconds", 600));
        String german = queue(
                tenant,
                body(
                        "name",
                        "German",
                        "required_skills",
                        List.of(Map.of("skill", "german", "level", 4)),
                        "overflow_queue_id",
                        backup,
                        "overflow_after_seconds",
                        3600));
        skills(tenant, ana, "german", 2);
        available(ana);

        String work = work(tenant, german, body("kind", "callback"));
        JsonNode moved = api.get("/api/v1/work/" + work, tenant.token()).json();
        assertThat(moved.path("queue_id").asString()).isEqualTo(backup);
        // The backup queue may already have offered it (a second decision), so only the first is fixed.
        assertThat(reasons(moved)).first().isEqualTo("overflowed from German: no agent holds german 4");
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        assertThat(offers(ana).get(0).path("queue_name").asString()).isEqualTo("Backup");
    }

    @Test
    void workInAClosedQueueWaitsForTheOpeningOrForNewHours() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        available(ana);
        LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        // Opens 20 s from now (hours may name seconds), so the work arrives while it is closed.
        LocalTime soon = LocalTime.now(ZoneOffset.UTC).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        String later =
                queue(tenant, body("name", "Later", "business_hours", hours(now.plusHours(2), now.plusHours(3))));
        String opening = queue(
                tenant,
                body(
                        "name",
                        "Opening",
                        "business_hours",
                        hours(soon, soon.plusHours(2)),
                        "reservation_timeout_seconds",
                        600));

        String tonight = work(tenant, later, body("kind", "callback"));
        String shortly = work(tenant, opening, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> reasons(api.get("/api/v1/work/" + shortly, tenant.token())
                                        .json())
                                .size()
                        == 1);
        List<String> held =
                reasons(api.get("/api/v1/work/" + tonight, tenant.token()).json());
        assertThat(held).hasSize(1);
        assertThat(held.get(0))
                .startsWith("waiting: Later is closed (every day " + now.plusHours(2) + "–" + now.plusHours(3)
                        + " UTC), opens ");
        assertThat(offers(ana)).as("both queues are closed").isEmpty();

        var reopened = api.send(
                "PUT",
                "/api/v1/queues/" + later,
                body(
                        "name",
                        "Later",
                        "business_hours",
                        hours(now.minusHours(1), now.plusHours(1)),
                        "reservation_timeout_seconds",
                        600),
                tenant.token(),
                Map.of());
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(offers(ana))
                .as("new hours that are open now offer the held work at once")
                .hasSize(1);
        assertThat(offers(ana).get(0).path("work_id").asString()).isEqualTo(tonight);

        // Ana's console keeps beating while the test waits for the opening (30 s of silence: offline).
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    api.post("/api/v1/me/heartbeat", null, ana.token());
                    return offers(ana).size() == 2;
                });
        assertThat(offers(ana)).extracting(o -> o.path("work_id").asString()).contains(shortly);
    }

    @Test
    void anOverflowCycleAndBadHoursAreRefusedChangingNothing() {
        Tenant tenant = signUp();
        String a = queue(tenant, body("name", "A"));
        String b = queue(tenant, body("name", "B", "overflow_queue_id", a));
        var cycle = api.send(
                "PUT", "/api/v1/queues/" + a, body("name", "A", "overflow_queue_id", b), tenant.token(), Map.of());
        assertProblem(cycle, 400, "overflow_cycle");
        assertThat(cycle.text("detail")).contains("A → B → A");
        assertThat(api.get("/api/v1/queues/" + a, tenant.token())
                        .json()
                        .path("overflow_queue_id")
                        .isNull())
                .isTrue();

        assertProblem(
                api.post(
                        "/api/v1/queues",
                        body("name", "C", "business_hours", Map.of("start", "9am", "end", "17:00")),
                        tenant.token()),
                400,
                "invalid_business_hours");
        assertProblem(
                api.post(
                        "/api/v1/queues",
                        body(
                                "name",
                                "C",
                                "business_hours",
                                Map.of("start", "09:00", "end", "17:00", "days", List.of("funday"))),
                        tenant.token()),
                400,
                "invalid_business_hours");
        assertProblem(
                api.post(
                        "/api/v1/queues",
                        body("name", "C", "overflow_queue_id", a, "overflow_after_seconds", 0),
                        tenant.token()),
                400,
                "out_of_range");
        assertThat(api.get("/api/v1/queues", tenant.token()).json().path("data").size())
                .isEqualTo(2);

        String c = queue(tenant, body("name", "C", "business_hours", Map.of("start", "22:00", "end", "06:00")));
        JsonNode stored = api.get("/api/v1/queues/" + c, tenant.token()).json().path("business_hours");
        assertThat(stored.path("time_zone").asString())
                .as("the organization's zone")
                .isEqualTo("UTC");
        assertThat(stored.path("days").size()).isEqualTo(7);
    }

    private static Map<String, Object> hours(LocalTime start, LocalTime end) {
        return Map.of("time_zone", "UTC", "start", start.toString(), "end", end.toString());
    }

    private void skills(Tenant tenant, Member agent, String skill, int level) {
        var set = api.send(
                "PUT",
                "/api/v1/users/" + agent.id() + "/skills",
                List.of(Map.of("skill", skill, "level", level)),
                tenant.token(),
                Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private void setStatus(Member agent, String status) {
        var set = api.send("PUT", "/api/v1/me/availability", body("status", status), agent.token(), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private static List<String> reasons(JsonNode work) {
        return work.path("decisions")
                .valueStream()
                .map(d -> d.path("reason").asString())
                .toList();
    }
}
