package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A campaign's API as the campaign tests drive it: create one, read and wait for its stats. */
final class CampaignSteps {

    private final Api api;
    private final ApiTest.Tenant tenant;

    CampaignSteps(Api api, ApiTest.Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    /** A new campaign, in draft. */
    String create(Map<String, Object> body) {
        var response = api.post("/api/v1/campaigns", body, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("draft");
        return response.text("id");
    }

    static String path(String campaign, String rest) {
        return "/api/v1/campaigns/" + campaign + rest;
    }

    JsonNode stats(String campaign) {
        var response = api.get(path(campaign, "/stats"), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The stats once {@code until} holds; Awaitility names the last stats read when it gives up. */
    JsonNode awaitStats(String campaign, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> stats(campaign), until::test);
    }
}
