package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A queue's team over HTTP: a queue with a team offers its work to the team's members only, and
 * says once why the free agents outside it were passed over, and overflows at once what no member
 * could ever take; a queue of no team offers to anyone.
 */
class RoutingTeamsIT extends RoutingApiTest {

    private static final String PASSED_OVER =
            "waiting: no member of team Red is free for it; 1 free agent was passed over, not in the team";

    @Test
    void aTeamsQueueOffersItsWorkToTheTeamsMembersOnly() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String red = team(tenant, "Red", ana);
        String redLine = queue(tenant, body("name", "Red line", "team_id", red));
        String shared = queue(tenant, body("name", "Shared"));
        available(ben);

        String redWork = work(tenant, redLine, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> reasons(tenant, redWork).contains(PASSED_OVER));
        String sharedWork = work(tenant, shared, body("kind", "callback"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !offers(ben).isEmpty());
        assertThat(offers(ben))
                .as("Ben, outside the team, is offered the shared queue's work only")
                .extracting(o -> o.path("work_id").asString())
                .containsExactly(sharedWork);

        available(ana);
        await().atMost(Duration.ofSeconds(20)).until(() -> offers(ana).size() == 1);
        assertThat(offers(ana).get(0).path("work_id").asString()).isEqualTo(redWork);
        JsonNode decisions =
                api.get("/api/v1/work/" + redWork, tenant.token()).json().path("decisions");
        assertThat(reasons(tenant, redWork))
                .as("the same wait is explained once, however many rounds found it")
                .containsOnlyOnce(PASSED_OVER);
        assertThat(decisions.get(decisions.size() - 1).path("agent_id").asString())
                .isEqualTo(ana.id());
    }

    @Test
    void workNoMemberOfTheTeamCouldTakeOverflowsAtOnce() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String red = team(tenant, "Red", ana);
        for (Member agent : List.of(ana, ben)) {
            available(agent);
        }
        var skills = api.send(
                "PUT",
                "/api/v1/users/" + ben.id() + "/skills",
                List.of(Map.of("skill", "spanish", "level", 3)),
                tenant.token(),
                Map.of());
        assertThat(skills.status()).as(skills.toString()).isEqualTo(200);
        String shared = queue(tenant, body("name", "Shared"));
        String redLine = queue(
                tenant,
                body(
                        "name",
                        "Red line",
                        "team_id",
                        red,
                        "required_skills",
                        List.of(Map.of("skill", "spanish", "level", 3)),
                        "overflow_queue_id",
                        shared,
                        "overflow_after_seconds",
                        3600));

        String work = work(tenant, redLine, body("kind", "callback"));
        assertThat(reasons(tenant, work))
                .as("Ben holds the skill but is not in the team: moved on at arrival, not in an hour")
                .first()
                .isEqualTo("overflowed from Red line: no agent of team Red holds spanish 3");
        await("offered in the overflow queue, which is anyone's")
                .atMost(Duration.ofSeconds(20))
                .until(() -> offers(ana).size() + offers(ben).size() == 1);
    }

    private List<String> reasons(Tenant tenant, String work) {
        var response = api.get("/api/v1/work/" + work, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json()
                .path("decisions")
                .valueStream()
                .map(d -> d.path("reason").asString())
                .toList();
    }
}
