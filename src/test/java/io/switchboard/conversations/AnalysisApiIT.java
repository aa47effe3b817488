package io.switchboard.conversations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class AnalysisApiIT extends ApiTest {

    static final String KEY = "sk-test-secret-123";

    @RegisterExtension
    final LlmEndpoint llm = new LlmEndpoint();

    static Map<String, Object> call(String... turns) {
        List<Map<String, Object>> segments = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            segments.add(body("speaker", i % 2 == 0 ? "agent" : "customer", "text", turns[i]));
        }
        return body("segments", segments);
    }

    static final Map<String, Object> HOT_CALL = call(
            "Hi, this is Maya from Acme Realty. Are you pre-approved?",
            "Yes, we're pre-approved for $450,000 and our lease ends next month. Can we see it Saturday?",
            "Saturday at 10 works, I'll send a confirmation.",
            "Perfect, thank you!");

    @Test
    void previewRunsTheLocalAnalyzerByDefaultAndStoresNothing() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        var response = api.post("/api/v1/analysis/preview", HOT_CALL, agent.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode analysis = response.json();
        assertThat(analysis.path("qualification").asString()).isEqualTo("hot");
        assertThat(analysis.path("sentiment_label").asString()).isEqualTo("positive");
        assertThat(analysis.path("intent_score").asDouble()).isBetween(0.7, 1.0);
        assertThat(analysis.path("do_not_call_requested").asBoolean()).isFalse();
        assertThat(analysis.path("language").asString()).isEqualTo("en");
        assertThat(analysis.path("analyzer").path("name").asString()).isEqualTo("local");
        assertThat(analysis.path("next_steps").isArray()).isTrue();
        assertThat(analysis.has("call_quality_score")).isTrue();
        assertThat(analysis.path("total_score").asDouble()).isPositive();
    }

    @Test
    void badTranscriptsAreProblems() {
        Tenant tenant = signUp();
        String token = tenant.token();

        assertProblem(
                api.post("/api/v1/analysis/preview", body("segments", List.of()), token), 400, "validation_failed");
        assertProblem(api.post("/api/v1/analysis/preview", Map.of(), token), 400, "validation_failed");
        var empty = api.post("/api/v1/analysis/preview", call("Hello?", "  "), token);
        assertProblem(empty, 400, "validation_failed");
        assertThat(empty.json().path("errors").get(0).path("field").asString()).isEqualTo("segments[1].text");
        assertProblem(api.post("/api/v1/analysis/preview", call("x".repeat(4001)), token), 400, "validation_failed");
        String[] many = new String[501];
        java.util.Arrays.fill(many, "Hello");
        assertProblem(api.post("/api/v1/analysis/preview", call(many), token), 400, "validation_failed");
        String[] long20 = new String[20];
        java.util.Arrays.fill(long20, "word ".repeat(700));
        assertProblem(api.post("/api/v1/analysis/preview", call(long20), token), 400, "transcript_too_long");
        Map<String, Object> badLanguage = new HashMap<>(call("Hi"));
        badLanguage.put("language", "not a language");
        assertProblem(api.post("/api/v1/analysis/preview", badLanguage, token), 400, "validation_failed");
        assertProblem(
                api.post("/api/v1/analysis/preview", body("segments", List.of(body("speaker", "agent"))), token),
                400,
                "validation_failed");
        assertProblem(api.post("/api/v1/analysis/preview", HOT_CALL, null), 401, "unauthenticated");
    }

    @Test
    void settingsStartLocalAndTheOrganizationsQuestionsAndFieldsApply() {
        Tenant tenant = signUp();
        var initial = api.get("/api/v1/analysis/settings", tenant.token());
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.text("analyzer")).isEqualTo("local");
        assertThat(initial.json().path("qualification_questions").size()).isZero();
        assertThat(initial.json().path("openai_compatible").isNull()).isTrue();

        var updated = api.patch(
                "/api/v1/analysis/settings",
                body(
                        "qualification_questions",
                        List.of(body(
                                "key",
                                "preapproved",
                                "question",
                                "Are you pre-approved?",
                                "keywords",
                                List.of("pre-approved"))),
                        "extraction_fields",
                        List.of(body(
                                "key",
                                "budget",
                                "label",
                                "Budget",
                                "type",
                                "money",
                                "keywords",
                                List.of("pre-approved")))),
                tenant.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json()
                        .path("qualification_questions")
                        .get(0)
                        .path("key")
                        .asString())
                .isEqualTo("preapproved");

        JsonNode analysis =
                api.post("/api/v1/analysis/preview", HOT_CALL, tenant.token()).json();
        assertThat(analysis.path("answers").get(0).path("answer").asString()).contains("pre-approved for $450,000");
        assertThat(analysis.path("extracted_fields").path("budget").asString()).isEqualTo("$450,000");
    }

    @Test
    void settingsOfOneOrganizationNeverReachAnother() {
        Tenant a = signUp();
        Tenant b = signUp();
        api.patch(
                "/api/v1/analysis/settings",
                body(
                        "qualification_questions",
                        List.of(body("key", "pets", "question", "Pets?", "keywords", List.of("dog")))),
                a.token());

        assertThat(api.get("/api/v1/analysis/settings", b.token())
                        .json()
                        .path("qualification_questions")
                        .size())
                .isZero();
        assertThat(api.post("/api/v1/analysis/preview", HOT_CALL, b.token())
                        .json()
                        .path("answers")
                        .size())
                .isZero();
        api.patch("/api/v1/analysis/settings", body("qualification_questions", null), b.token());
        assertThat(api.get("/api/v1/analysis/settings", a.token())
                        .json()
                        .path("qualification_questions")
                        .size())
                .isOne();
    }

    @Test
    void badSettingsAreProblemsAndOnlyCallWritersChangeThem() {
        Tenant tenant = signUp();
        String token = tenant.token();

        assertProblem(
                api.patch("/api/v1/analysis/settings", body("analyzer", "openai_compatible"), token),
                400,
                "endpoint_required");
        assertProblem(api.patch("/api/v1/analysis/settings", body("analyzer", null), token), 400, "required");
        assertProblem(api.patch("/api/v1/analysis/settings", body("analyzer", "gpt"), token), 400, "invalid_type");
        var badRegex = api.patch(
                "/api/v1/analysis/settings",
                body("qualification_questions", List.of(body("key", "q", "question", "Q?", "pattern", "([a-z"))),
                token);
        assertProblem(badRegex, 400, "invalid_settings");
        assertThat(badRegex.json().path("errors").get(0).path("field").asString())
                .isEqualTo("qualification_questions[0].pattern");
        assertProblem(
                api.patch(
                        "/api/v1/analysis/settings",
                        body("openai_compatible", body("base_url", "ftp://example.com", "model", "m")),
                        token),
                400,
                "invalid_settings");
        assertProblem(
                api.patch(
                        "/api/v1/analysis/settings",
                        body("analyzer", "local"),
                        join(tenant, "agent").token()),
                403,
                "permission_denied");
    }

    @Test
    void theOpenAiCompatibleAnalyzerAnswersThePreviewAndTheKeyIsNeverShown() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(LlmEndpoint.fixture("completion.json"))));
        Tenant tenant = signUp();

        var saved = api.patch(
                "/api/v1/analysis/settings",
                body(
                        "analyzer",
                        "openai_compatible",
                        "openai_compatible",
                        body(
                                "base_url",
                                llm.baseUrl() + "/v1",
                                "model",
                                "gpt-4.1",
                                "api_key",
                                KEY,
                                "prompt_price_per_million",
                                2,
                                "completion_price_per_million",
                                8)),
                tenant.token());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("openai_compatible").path("api_key_set").asBoolean())
                .isTrue();
        assertThat(saved.body()).doesNotContain(KEY);
        assertThat(api.get("/api/v1/analysis/settings", tenant.token()).body()).doesNotContain(KEY);

        var analysis = api.post("/api/v1/analysis/preview", HOT_CALL, tenant.token());
        assertThat(analysis.status()).as(analysis.toString()).isEqualTo(200);
        assertThat(analysis.json().path("analyzer").path("name").asString()).isEqualTo("openai_compatible");
        assertThat(analysis.json().path("analyzer").path("cost_usd").decimalValue())
                .isEqualByComparingTo("0.0048");

        llm.resetAll();
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(401).withBody(LlmEndpoint.fixture("invalid-key.json"))));
        var rejected = api.post("/api/v1/analysis/preview", HOT_CALL, tenant.token());
        assertProblem(rejected, 502, "analyzer_rejected");
        assertThat(rejected.body()).doesNotContain(KEY);

        var cleared = api.patch("/api/v1/analysis/settings", body("openai_compatible", null), tenant.token());
        assertProblem(cleared, 400, "endpoint_required");
        var local = api.patch(
                "/api/v1/analysis/settings", body("analyzer", "local", "openai_compatible", null), tenant.token());
        assertThat(local.json().path("openai_compatible").isNull()).isTrue();
    }
}
