package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A lead's status and its pipeline stage never disagree: whichever a change names drives the other. */
class StageStatusIT extends ApiTest {

    @Test
    void aStatusChangeMovesTheStageAndAStageMoveSetsTheStatus() {
        Tenant tenant = signUp();
        Map<String, String> stages = new HashMap<>();
        JsonNode pipeline = api.get("/api/v1/pipelines", tenant.token()).json().get(0);
        pipeline.path("stages")
                .forEach(s -> stages.put(s.path("name").asString(), s.path("id").asString()));
        String id = api.post("/api/v1/leads", body("name", "Rae Staged", "phone", "+14155550491"), tenant.token())
                .text("id");

        var converted = api.patch("/api/v1/leads/" + id, body("status", "converted"), tenant.token());
        assertThat(converted.status()).as(converted.toString()).isEqualTo(200);
        assertThat(converted.text("stage_id"))
                .as("converted sits on the won stage")
                .isEqualTo(stages.get("Won"));

        var lost = api.patch("/api/v1/leads/" + id, body("status", "lost"), tenant.token());
        assertThat(lost.text("stage_id")).isEqualTo(stages.get("Lost"));

        var reopened = api.patch("/api/v1/leads/" + id, body("status", "qualified"), tenant.token());
        assertThat(reopened.text("status")).isEqualTo("qualified");
        assertThat(reopened.text("stage_id"))
                .as("a reopened deal goes back to the last open stage")
                .isEqualTo(stages.get("Negotiation"));

        var won = api.patch("/api/v1/leads/" + id, body("stage_id", stages.get("Won")), tenant.token());
        assertThat(won.text("status")).isEqualTo("converted");
        var back = api.patch("/api/v1/leads/" + id, body("stage_id", stages.get("Proposal")), tenant.token());
        assertThat(back.text("status")).as("an open stage reopens the lead").isEqualTo("contacted");

        var open = api.patch("/api/v1/leads/" + id, body("status", "new"), tenant.token());
        assertThat(open.text("stage_id"))
                .as("an open status on an open stage stays")
                .isEqualTo(stages.get("Proposal"));

        var created = api.post(
                "/api/v1/leads",
                body("name", "Sid Won", "phone", "+14155550492", "status", "converted"),
                tenant.token());
        assertThat(created.text("stage_id")).isEqualTo(stages.get("Won"));
    }
}
