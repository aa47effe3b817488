package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The wallboard's reach over HTTP: a supervisor sees the agents and the queues of their own teams
 * (and the queues of no team); an admin sees everyone.
 */
class RoutingReachIT extends RoutingApiTest {

    @Test
    void aSupervisorSeesTheAgentsAndQueuesOfTheirOwnTeamsOnly() {
        Tenant tenant = signUp();
        Member sue = join(tenant, "supervisor");
        Member ana = join(tenant, "agent");
        Member ben = join(tenant, "agent");
        String red = team(tenant, "Red", sue, ana);
        String blue = team(tenant, "Blue", ben);
        available(ana);
        available(ben);
        queue(tenant, body("name", "Red line", "team_id", red));
        queue(tenant, body("name", "Blue line", "team_id", blue));
        queue(tenant, body("name", "Shared"));

        assertThat(agents(sue)).as("another team's agent is not listed").containsExactly(ana.id());
        assertThat(queues(sue)).containsExactly("Red line", "Shared");
        assertThat(agents(tenant.token())).containsExactlyInAnyOrder(ana.id(), ben.id());
        assertThat(queues(tenant.token())).containsExactly("Blue line", "Red line", "Shared");
    }

    private List<String> agents(Member viewer) {
        return agents(viewer.token());
    }

    private List<String> agents(String token) {
        var response = api.get("/api/v1/agents/availability", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json()
                .path("data")
                .valueStream()
                .map(a -> a.path("user_id").asString())
                .toList();
    }

    private List<String> queues(Member viewer) {
        return queues(viewer.token());
    }

    private List<String> queues(String token) {
        var response = api.get("/api/v1/queues/stats", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json()
                .path("data")
                .valueStream()
                .map((JsonNode q) -> q.path("name").asString())
                .toList();
    }
}
