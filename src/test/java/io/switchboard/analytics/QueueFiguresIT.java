package io.switchboard.analytics;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import io.switchboard.telephony.Telephony;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Queue figures over HTTP on the embedded database, from routing's events: work answered in its
 * queue, work that timed out of a queue nobody could serve into its overflow queue, what waits now;
 * a supervisor sees their team's queues and those of no team only; another organization sees no
 * queue; a day in the future is 400.
 */
class QueueFiguresIT extends ApiTest {

    @Test
    void eachQueueCountsItsOfferedAnsweredAndTimedOutWorkOfTheDay() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member sam = join(tenant, "supervisor");
        String closers = id(api.post("/api/v1/teams", body("name", "Closers"), tenant.token()));
        String others = id(api.post("/api/v1/teams", body("name", "Others"), tenant.token()));
        for (Member member : List.of(ana, sam)) {
            api.post("/api/v1/teams/" + closers + "/members", Map.of("user_id", member.id()), tenant.token());
        }
        String sales = queue(tenant, body("name", "Sales", "sla_seconds", 600, "team_id", closers));
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
        String elsewhere = queue(tenant, body("name", "Elsewhere", "team_id", others));
        available(ana);

        // Sales: offered to Ana, who answers it (well within the SLA of 10 minutes).
        work(tenant, sales);
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        var accepted = api.post(
                "/api/v1/reservations/"
                        + offers(ana).get(0).path("reservation_id").asString() + "/accept",
                null,
                ana.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        // German: nobody holds german 4, so it times out to Backup at once and waits there.
        work(tenant, german);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> rows = rowsByName(tenant.token());
            assertFigures(rows.get("Sales"), 1, 1, 0);
            assertThat(rows.get("Sales").path("sla_percent").asInt()).isEqualTo(100);
            assertThat(rows.get("Sales").path("waiting_now").asInt()).isZero();
            assertFigures(rows.get("German"), 1, 0, 1);
            assertThat(rows.get("German").path("sla_percent").isNull()).isTrue();
            assertFigures(rows.get("Backup"), 1, 0, 0);
            assertThat(rows.get("Backup").path("waiting_now").asInt()).isEqualTo(1);
            assertFigures(rows.get("Elsewhere"), 0, 0, 0);
        });

        // The supervisor: their team's queue and those of no team, not another team's.
        assertThat(rowsByName(sam.token()).keySet()).containsExactlyInAnyOrder("Sales", "Backup", "German");
        assertThat(rowsByName(sam.token()).get("Sales").path("answered").asInt())
                .isEqualTo(1);
        assertThat(drilled(
                        rowsByName(sam.token())
                                .get("Sales")
                                .path("drill")
                                .path("answered")
                                .asString(),
                        sam))
                .hasSize(1);
        assertProblem(api.get("/api/v1/queues/" + elsewhere + "/work", sam.token()), 404, "not_found");
        assertThat(api.get("/api/v1/queues/" + sales + "/work", ana.token()).status())
                .isEqualTo(403);

        Tenant other = signUp();
        assertThat(rowsByName(other.token())).isEmpty();
        assertThat(api.get("/api/v1/analytics/queues", ana.token()).status()).isEqualTo(403);
        LocalDate today = LocalDate.parse(
                api.get("/api/v1/analytics/queues", tenant.token()).text("date"));
        assertThat(today).isEqualTo(LocalDate.now(ZoneId.of("UTC")));
        assertProblem(
                api.get("/api/v1/analytics/queues?date=" + today.plusDays(1), tenant.token()), 400, "date_in_future");
        assertThat(api.get("/api/v1/analytics/queues?date=2026-02-30", tenant.token())
                        .status())
                .isEqualTo(400);
        JsonNode yesterday = api.get("/api/v1/analytics/queues?date=" + today.minusDays(1), tenant.token())
                .json();
        assertThat(yesterday.path("rows").get(0).path("offered").asInt()).isZero();
        assertThat(yesterday.path("rows").get(0).path("waiting_now").isNull()).isTrue();
    }

    @Test
    void callersWhoHangUpAreAbandonedAndEveryFigureListsExactlyItsWorkAlsoAfterARebuild() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Map<String, Object> config = new HashMap<>(Telephony.FAST);
        config.put("talk_seconds", List.of(300, 300));
        config.put("hold_patience_seconds", 3600);
        Telephony telephony = new Telephony(api, tenant).simulator(config);
        telephony.agent("Leo");
        String sales = queue(tenant, body("name", "Sales", "reservation_timeout_seconds", 600));
        String german = queue(
                tenant,
                body(
                        "name",
                        "German",
                        "required_skills",
                        List.of(Map.of("skill", "german", "level", 4)),
                        "overflow_queue_id",
                        sales));
        // Nobody holds french 5 and there is no overflow: its callers wait until they hang up.
        String hotline = queue(
                tenant, body("name", "Hotline", "required_skills", List.of(Map.of("skill", "french", "level", 5))));
        available(ana);

        work(tenant, sales);
        work(tenant, sales);
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 2);
        var accepted = api.post(
                "/api/v1/reservations/"
                        + offers(ana).get(0).path("reservation_id").asString() + "/accept",
                null,
                ana.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        work(tenant, german);
        List<String> calls = List.of(
                telephony.call(telephony.lead("Dana Reyes", "+15125550123")),
                telephony.call(telephony.lead("Sam Ortiz", "+15125550124")));
        for (String call : calls) {
            telephony.awaitStatus(call, "in_progress");
            var transferred = api.post(
                    "/api/v1/calls/" + call + "/transfer",
                    body("type", "warm", "to", "queue:" + hotline),
                    tenant.token());
            assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> drilled("/api/v1/queues/" + hotline + "/work?outcome=waiting", tenant)
                                .size()
                        == 2);
        var hungUp = api.post("/api/v1/calls/" + calls.get(0) + "/hangup", null, tenant.token());
        assertThat(hungUp.status()).as(hungUp.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> rows = rowsByName(tenant.token());
            assertFigures(rows.get("Sales"), 3, 1, 0);
            assertFigures(rows.get("German"), 1, 0, 1);
            assertFigures(rows.get("Hotline"), 2, 0, 0);
            assertThat(rows.get("Hotline").path("abandoned").asInt()).isEqualTo(1);
            assertThat(rows.get("Hotline").path("waiting_now").asInt()).isEqualTo(1);
            assertThat(rows.get("Sales").path("abandoned").asInt()).isZero();
        });
        JsonNode hotlineRow = rowsByName(tenant.token()).get("Hotline");
        List<JsonNode> abandoned =
                drilled(hotlineRow.path("drill").path("abandoned").asString(), tenant);
        assertThat(abandoned).singleElement().satisfies(w -> {
            assertThat(w.path("outcome").asString()).isEqualTo("abandoned");
            assertThat(w.path("status").asString()).isEqualTo("canceled");
            assertThat(w.path("lead_name").asString()).isEqualTo("Dana Reyes");
            assertThat(w.path("wait_seconds").asLong())
                    .isEqualTo(hotlineRow.path("longest_abandon_wait_seconds").asLong())
                    .isEqualTo(hotlineRow.path("average_abandon_wait_seconds").asLong());
        });
        assertThat(rowsByName(tenant.token())
                        .get("Sales")
                        .path("average_abandon_wait_seconds")
                        .isNull())
                .isTrue();

        Map<String, JsonNode> before = rowsByName(tenant.token());
        everyDrillListsExactlyItsFigure(before, tenant);

        LocalDate today = LocalDate.parse(
                api.get("/api/v1/analytics/queues", tenant.token()).text("date"));
        var rebuild = api.post(
                "/api/v1/analytics/rebuild", body("from", today.toString(), "to", today.toString()), tenant.token());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        String id = rebuild.json().path("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> "completed"
                .equals(api.get("/api/v1/analytics/rebuilds/" + id, tenant.token())
                        .json()
                        .path("status")
                        .asString()));
        Map<String, JsonNode> after = rowsByName(tenant.token());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, row) -> assertThat(counted(after.get(name)))
                .as(name + " rebuilt from routing's records")
                .isEqualTo(counted(row)));
        everyDrillListsExactlyItsFigure(after, tenant);

        assertProblem(
                api.get("/api/v1/queues/" + sales + "/work?outcome=lost", tenant.token()), 400, "invalid_outcome");
        assertProblem(
                api.get("/api/v1/queues/" + sales + "/work?date=" + today.plusDays(1), tenant.token()),
                400,
                "date_in_future");
        assertThat(api.get("/api/v1/queues/" + sales + "/work?date=2026-02-30", tenant.token())
                        .status())
                .isEqualTo(400);
        assertThat(drilled("/api/v1/queues/" + sales + "/work?date=" + today.minusDays(1), tenant))
                .isEmpty();
        Tenant other = signUp();
        assertProblem(api.get("/api/v1/queues/" + sales + "/work", other.token()), 404, "not_found");
    }

    /** Each figure with a drill link lists exactly as many works as it counts. */
    private void everyDrillListsExactlyItsFigure(Map<String, JsonNode> rows, Tenant tenant) {
        rows.forEach((name, row) -> {
            assertThat(row.path("drill").propertyNames())
                    .as(name)
                    .contains("offered", "answered", "timed_out", "answered_within_sla", "abandoned", "waiting_now");
            row.path("drill").properties().forEach(link -> assertThat(
                            drilled(link.getValue().asString(), tenant))
                    .as(name + " " + link.getKey() + " " + link.getValue().asString())
                    .hasSize(row.path(link.getKey()).asInt()));
        });
    }

    private static Map<String, Object> counted(JsonNode row) {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        for (String figure : List.of(
                "offered",
                "answered",
                "timed_out",
                "answered_within_sla",
                "sla_percent",
                "abandoned",
                "average_abandon_wait_seconds",
                "longest_abandon_wait_seconds")) {
            figures.put(figure, row.path(figure).toString());
        }
        return figures;
    }

    /** Every page of a drill list. */
    private List<JsonNode> drilled(String link, Tenant tenant) {
        return drilled(link, tenant.token());
    }

    private List<JsonNode> drilled(String link, Member member) {
        return drilled(link, member.token());
    }

    private List<JsonNode> drilled(String link, String token) {
        List<JsonNode> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            String page =
                    link + (link.contains("?") ? "&" : "?") + "limit=1" + (cursor == null ? "" : "&cursor=" + cursor);
            var response = api.get(page, token);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            response.json().path("data").forEach(all::add);
            JsonNode next = response.json().path("next_cursor");
            cursor = next.isNull() || next.isMissingNode() ? null : next.asString();
        } while (cursor != null);
        return all;
    }

    private static void assertFigures(JsonNode row, int offered, int answered, int timedOut) {
        assertThat(row).as("a row").isNotNull();
        assertThat(row.path("offered").asInt()).as(row.toString()).isEqualTo(offered);
        assertThat(row.path("answered").asInt()).as(row.toString()).isEqualTo(answered);
        assertThat(row.path("timed_out").asInt()).as(row.toString()).isEqualTo(timedOut);
    }

    private Map<String, JsonNode> rowsByName(String token) {
        var response = api.get("/api/v1/analytics/queues", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        response.json().path("rows").forEach(r -> rows.put(r.path("name").asString(), r));
        return rows;
    }

    private String queue(Tenant tenant, Map<String, Object> body) {
        return id(api.post("/api/v1/queues", body, tenant.token()));
    }

    private void work(Tenant tenant, String queue) {
        id(api.post("/api/v1/queues/" + queue + "/work", body("kind", "callback"), tenant.token()));
    }

    private void available(Member agent) {
        var set = api.send("PUT", "/api/v1/me/availability", body("status", "available"), agent.token(), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private List<JsonNode> offers(Member agent) {
        return api.get("/api/v1/me/work", agent.token())
                .json()
                .path("offers")
                .valueStream()
                .toList();
    }

    private static String id(io.switchboard.support.Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
