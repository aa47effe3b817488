package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Steps the routing API tests share: a queue, a work, a team, an agent made available, an agent's
 * offers.
 */
abstract class RoutingApiTest extends ApiTest {

    String queue(Tenant tenant, Map<String, Object> body) {
        return created(api.post("/api/v1/queues", body, tenant.token()))
                .path("id")
                .asString();
    }

    String work(Tenant tenant, String queue, Map<String, Object> body) {
        return created(api.post("/api/v1/queues/" + queue + "/work", body, tenant.token()))
                .path("id")
                .asString();
    }

    void available(Member agent) {
        var set = api.send("PUT", "/api/v1/me/availability", body("status", "available"), agent.token(), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("status").asString()).isEqualTo("available");
    }

    String team(Tenant tenant, String name, Member... members) {
        String id = created(api.post("/api/v1/teams", body("name", name), tenant.token()))
                .path("id")
                .asString();
        for (Member m : members) {
            var added = api.post("/api/v1/teams/" + id + "/members", Map.of("user_id", m.id()), tenant.token());
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        return id;
    }

    List<JsonNode> offers(Member agent) {
        var desk = api.get("/api/v1/me/work", agent.token());
        assertThat(desk.status()).as(desk.toString()).isEqualTo(200);
        return desk.json().path("offers").valueStream().toList();
    }

    static String status(Api.Response response) {
        return response.json().path("status").asString();
    }

    static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
