package io.switchboard.conversations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline end to end over HTTP: a simulated call's transcript is stored, analysed, and moves
 * its lead; retries on a failing endpoint; what another organization and bad input get.
 */
class ConversationPipelineIT extends ApiTest {

    @RegisterExtension
    final LlmEndpoint llm = new LlmEndpoint();

    @Test
    void anAnsweredCallIsTranscribedAnalysedAndMovesItsLead() {
        Tenant tenant = signUp();
        Member owner = join(tenant, "agent");
        llm.serve(api, tenant.token());
        llm.answerHot();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.ANSWER_AT_ONCE);
        String lead = flow.lead("Dana Whitfield", owner.id());
        Instant placed = Instant.now();
        String call = flow.call(lead);

        JsonNode transcript = flow.transcript(call, "completed");
        assertThat(transcript.path("call_id").asString()).isEqualTo(call);
        assertThat(transcript.path("lead_id").asString()).isEqualTo(lead);
        assertThat(transcript.path("segments").size()).isGreaterThan(1);
        JsonNode first = transcript.path("segments").get(0);
        assertThat(first.path("speaker").asString()).isEqualTo("agent");
        assertThat(first.path("text").asString()).contains("Dana");
        assertThat(first.has("start") && first.has("end")).isTrue();
        assertThat(transcript.path("text").asString()).startsWith("Agent: ");
        assertThat(transcript.path("analysis_attempts").asInt()).isOne();

        JsonNode analysis = flow.analysis(call);
        assertThat(analysis.path("qualification").asString()).isEqualTo("hot");
        assertThat(analysis.path("intent_score").asDouble()).isEqualTo(0.86);
        assertThat(analysis.path("sentiment_label").asString()).isEqualTo("positive");
        assertThat(analysis.path("key_topics").toString()).contains("financing");
        assertThat(analysis.path("next_steps").get(0).asString()).isEqualTo("Confirm the Saturday 10 am showing");
        assertThat(analysis.path("follow_up_required").asBoolean()).isTrue();
        assertThat(analysis.path("is_read").asBoolean()).isFalse();
        assertThat(analysis.path("owner_id").asString()).isEqualTo(owner.id());
        assertThat(analysis.path("run").asInt()).isOne();
        assertThat(analysis.path("analyzer").path("name").asString()).isEqualTo("openai_compatible");
        int score = (int) Math.round(analysis.path("total_score").asDouble());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode updated =
                    api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
            assertThat(updated.path("temperature").asString()).isEqualTo("hot");
            assertThat(updated.path("score").asInt()).isEqualTo(score);
        });
        assertThat(api.get("/api/v1/leads/" + lead + "/timeline", tenant.token())
                        .body())
                .contains("temperature_changed", "Temperature changed from cold to hot", "score_changed");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode tasks = api.get("/api/v1/tasks?lead_id=" + lead, tenant.token())
                    .json()
                    .path("data");
            assertThat(tasks.size()).isOne();
            JsonNode task = tasks.get(0);
            assertThat(task.path("title").asString())
                    .isEqualTo("Hot lead: follow up with Dana Whitfield: Confirm the Saturday 10 am showing");
            assertThat(task.path("assignee_id").asString()).isEqualTo(owner.id());
            assertThat(task.path("priority").asString()).isEqualTo("high");
            assertThat(Instant.parse(task.path("due_at").asString()))
                    .isBetween(
                            placed.plus(Duration.ofMinutes(110)), Instant.now().plus(Duration.ofMinutes(121)));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/notifications", owner.token()).body())
                .contains("hot_lead", "Hot lead: Dana Whitfield"));

        JsonNode inbox = api.get("/api/v1/inbox", owner.token()).json().path("data");
        assertThat(inbox.size()).isOne();
        assertThat(inbox.get(0).path("call_id").asString()).isEqualTo(call);
        assertThat(inbox.get(0).path("lead_name").asString()).isEqualTo("Dana Whitfield");
        assertThat(api.get("/api/v1/inbox", tenant.token()).json().path("data").size())
                .as("the admin placed the call, but the lead is the agent's")
                .isZero();
        assertThat(api.get("/api/v1/inbox?scope=all", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isOne();

        var read = api.patch("/api/v1/calls/" + call + "/analysis", body("is_read", true), owner.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("is_read").asBoolean()).isTrue();
        assertThat(read.json().path("read_at").asString()).isNotBlank();
        assertThat(api.get("/api/v1/inbox", owner.token()).json().path("data").size())
                .isZero();
        assertThat(api.get("/api/v1/inbox?unread=false", owner.token())
                        .json()
                        .path("data")
                        .size())
                .isOne();
    }

    @Test
    void theLocalAnalyzerReadsSimulatedCallsAndTheLeadFollowsTheQualification() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.ANSWER_AT_ONCE);
        List<String> calls = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            leads.add(flow.lead("Lead " + i, null));
            calls.add(flow.call(leads.get(i)));
        }
        for (int i = 0; i < calls.size(); i++) {
            JsonNode analysis = flow.analysis(calls.get(i));
            assertThat(analysis.path("analyzer").path("name").asString()).isEqualTo("local");
            assertThat(analysis.path("summary").asString()).isNotBlank();
            assertThat(analysis.path("owner_id").asString())
                    .as("nobody owns the lead: the analysis goes to whoever placed the call")
                    .isEqualTo(tenant.adminId());
            String lead = leads.get(i);
            if (analysis.path("call_quality_score").isNull()) {
                // A conversation the analyzer could not read (the simulator also plays a call in
                // Hindi, which has no lexicon) leaves the lead's rating as it was.
                JsonNode unchanged =
                        api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
                assertThat(unchanged.path("score").asInt())
                        .as(analysis.toString())
                        .isZero();
                continue;
            }
            String qualification = analysis.path("qualification").asString();
            String expected = qualification.equals("not_qualified") ? "cold" : qualification;
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode updated =
                        api.get("/api/v1/leads/" + lead, tenant.token()).json().path("lead");
                assertThat(updated.path("temperature").asString()).isEqualTo(expected);
                assertThat(updated.path("score").asInt())
                        .isEqualTo((int) Math.round(analysis.path("total_score").asDouble()));
            });
        }
    }

    @Test
    void aFailingEndpointIsRetriedUntilItAnswers() {
        Tenant tenant = signUp();
        llm.serve(api, tenant.token());
        // One pipeline attempt asks three times (the analyzer's own retries); the second attempt succeeds.
        for (int i = 0; i < 3; i++) {
            llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                    .inScenario("flaky")
                    .whenScenarioStateIs(i == 0 ? STARTED : "failed " + i)
                    .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}"))
                    .willSetStateTo("failed " + (i + 1)));
        }
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .inScenario("flaky")
                .whenScenarioStateIs("failed 3")
                .willReturn(LlmEndpoint.completion()));
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.ANSWER_AT_ONCE);
        String call = flow.call(flow.lead("Rita Flaky", null));

        JsonNode transcript = flow.transcript(call, "completed");
        assertThat(transcript.path("analysis_attempts").asInt()).isEqualTo(2);
        assertThat(transcript.path("last_error").isNull()).isTrue();
        assertThat(flow.analysis(call).path("qualification").asString()).isEqualTo("hot");
        llm.verify(4, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void anEndpointThatRefusesFailsAtOnceWithTheReasonAndTheCallCanBeAnalysedAgain() {
        Tenant tenant = signUp();
        llm.serve(api, tenant.token());
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(LlmEndpoint.fixture("invalid-key.json"))));
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.ANSWER_AT_ONCE);
        String call = flow.call(flow.lead("Ivan Refused", null));

        JsonNode failed = flow.transcript(call, "failed");
        assertThat(failed.path("analysis_attempts").asInt()).isOne();
        assertThat(failed.path("last_error").asString()).isNotBlank();
        var notReady = api.get("/api/v1/calls/" + call + "/analysis", tenant.token());
        assertProblem(notReady, 404, "analysis_not_ready");
        assertThat(notReady.text("analysis_status")).isEqualTo("failed");

        llm.resetAll();
        llm.answerHot();
        Member agent = join(tenant, "agent");
        assertProblem(
                api.post("/api/v1/calls/" + call + "/analysis/rerun", null, agent.token()), 403, "permission_denied");
        var rerun = api.post("/api/v1/calls/" + call + "/analysis/rerun", null, tenant.token());
        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(202);
        assertThat(rerun.text("analysis_status")).isIn("pending", "processing", "completed");
        assertThat(flow.analysis(call).path("qualification").asString()).isEqualTo("hot");
    }

    @Test
    void anotherOrganizationsCallIsNotFoundAnywhere() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.ANSWER_AT_ONCE);
        String call = flow.call(flow.lead("Olga Private", null));
        flow.analysis(call);
        Tenant other = signUp();

        assertProblem(api.get("/api/v1/calls/" + call + "/transcript", other.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/calls/" + call + "/analysis", other.token()), 404, "not_found");
        assertProblem(
                api.patch("/api/v1/calls/" + call + "/analysis", body("is_read", true), other.token()),
                404,
                "not_found");
        assertProblem(api.post("/api/v1/calls/" + call + "/analysis/rerun", null, other.token()), 404, "not_found");
        assertThat(api.get("/api/v1/inbox?scope=all&unread=false", other.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/calls/" + call + "/analysis", tenant.token())
                        .json()
                        .path("is_read")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.ANSWER_AT_ONCE);
        String call = flow.call(flow.lead("Bea Careful", null));
        flow.analysis(call);
        String path = "/api/v1/calls/" + call + "/analysis";

        assertProblem(api.patch(path, Map.of(), tenant.token()), 400, "validation_failed");
        assertProblem(api.patch(path, body("is_read", "yes"), tenant.token()), 400, "invalid_type");
        assertProblem(api.patch(path, body("is_read", true, "summary", "mine"), tenant.token()), 400, "unknown_field");
        assertProblem(api.patch(path, "{\"is_read\": tru", tenant.token()), 400, "malformed_json");
        assertProblem(
                api.patch("/api/v1/calls/not-a-uuid/analysis", body("is_read", true), tenant.token()),
                400,
                "invalid_parameter");
        assertProblem(
                api.get("/api/v1/calls/" + java.util.UUID.randomUUID() + "/transcript", tenant.token()),
                404,
                "not_found");
        assertProblem(api.patch(path, body("is_read", true), null), 401, "unauthenticated");
        assertProblem(api.get("/api/v1/inbox?scope=everyone", tenant.token()), 400, "invalid_parameter");
        assertProblem(api.get("/api/v1/inbox?limit=0", tenant.token()), 400, "invalid_limit");
        assertProblem(api.get("/api/v1/inbox?cursor=AAAA", tenant.token()), 400, "invalid_cursor");
        Member agent = join(tenant, "agent");
        assertProblem(api.get("/api/v1/inbox?scope=all", agent.token()), 403, "permission_denied");

        assertThat(api.get(path, tenant.token()).json().path("is_read").asBoolean())
                .isFalse();
    }
}
