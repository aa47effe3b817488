package io.switchboard.conversations.internal.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisFailed;
import io.switchboard.conversations.AnalysisFailed.Reason;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.FieldType;
import io.switchboard.conversations.ObjectionKind;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.Transcript;
import io.switchboard.conversations.internal.ConversationsProperties;
import io.switchboard.shared.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.web.client.RestClient;

/** The OpenAI-compatible analyzer against WireMock serving the responses the OpenAI API documents. */
class OpenAiCompatibleAnalyzerTest {

    static final String KEY = "sk-test-secret-123";
    static final Transcript CALL = new Transcript(
            List.of(
                    Segment.of("agent", "Hi, this is Maya from Acme Realty. Are you pre-approved?"),
                    Segment.of("customer", "Yes, for $450,000. Can we see it Saturday at 10?")),
            null);
    static final AnalysisRules RULES = new AnalysisRules(
            List.of(new QualificationQuestion("preapproved", "Are you pre-approved?", List.of("pre-approved"), null)),
            List.of(new ExtractionField("budget", "Budget", FieldType.MONEY, List.of("budget"), null)));

    static final OutboundHttp OUTBOUND = new OutboundHttp(RestClient.builder(), new RestTemplateBuilder());

    WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    Analysis analyze() {
        return analyzer(Duration.ofSeconds(5)).analyze(CALL, RULES);
    }

    OpenAiCompatibleAnalyzer analyzer(Duration timeout) {
        var settings = new ConversationsProperties.OpenAi(
                timeout, Duration.ofSeconds(2), 3, Duration.ofMillis(20), Duration.ofMillis(200), 800, false);
        var endpoint = new OpenAiEndpoint(
                server.baseUrl() + "/v1/", "gpt-4.1", KEY, new BigDecimal("2.00"), new BigDecimal("8.00"));
        return new OpenAiCompatibleAnalyzer(endpoint, new ChatCompletions(settings, OUTBOUND), 800);
    }

    void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(response));
    }

    static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(fixture(fixture));
    }

    @Test
    void asksForStructuredOutputAndReadsTheAnswer() {
        answer(json(200, "completion.json"));

        Analysis analysis = analyze();

        assertThat(analysis.qualification()).isEqualTo(Qualification.HOT);
        assertThat(analysis.intentScore()).isEqualTo(0.86);
        assertThat(analysis.objections()).extracting(o -> o.kind()).containsExactly(ObjectionKind.PRICE);
        assertThat(analysis.answers().getFirst().answer()).isEqualTo("Yes, for $450,000");
        assertThat(analysis.extractedFields()).containsEntry("budget", "$450,000");
        assertThat(analysis.totalScore()).isBetween(80.0, 100.0);
        assertThat(analysis.analyzer().name()).isEqualTo(AnalyzerKind.OPENAI_COMPATIBLE);
        assertThat(analysis.analyzer().model()).isEqualTo("gpt-4.1-2025-04-14");
        assertThat(analysis.analyzer().promptTokens()).isEqualTo(1200);
        // 1200 × $2 / 1M + 300 × $8 / 1M
        assertThat(analysis.analyzer().costUsd()).isEqualByComparingTo("0.0048");
        server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.answers.items.properties.key.enum[0]",
                        equalTo("preapproved")))
                .withRequestBody(matchingJsonPath(
                        "$.messages[1].content",
                        equalTo("agent: Hi, this is Maya from Acme Realty. Are you pre-approved?\n"
                                + "customer: Yes, for $450,000. Can we see it Saturday at 10?\n"))));
    }

    @Test
    void retriesARateLimitThenSucceeds() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .inScenario("rate limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(json(429, "rate-limited.json").withHeader("Retry-After", "0"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .inScenario("rate limit")
                .whenScenarioStateIs("recovered")
                .willReturn(json(200, "completion.json")));

        assertThat(analyze().qualification()).isEqualTo(Qualification.HOT);
        server.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void givesUpAfterTheLastAttemptOnServerErrors() {
        answer(aResponse().withStatus(503).withBody("upstream overloaded"));

        assertFailure(this::analyze, Reason.UNAVAILABLE, "the endpoint answered 503");
        server.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aRetryAfterBeyondTheMaximumBackoffFailsAtOnce() {
        answer(json(429, "rate-limited.json").withHeader("Retry-After", "120"));

        assertFailure(this::analyze, Reason.UNAVAILABLE, "Rate limit reached");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aSlowEndpointTimesOut() {
        answer(json(200, "completion.json").withFixedDelay(1500));

        assertFailure(() -> analyzer(Duration.ofMillis(300)).analyze(CALL, RULES), Reason.TIMEOUT, "300 ms");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void malformedJsonIsAClearFailure() {
        answer(json(200, "completion-malformed-content.json"));
        assertFailure(this::analyze, Reason.BAD_RESPONSE, "not valid JSON");

        server.resetAll();
        answer(aResponse().withStatus(200).withBody("<html>gateway</html>"));
        assertFailure(this::analyze, Reason.BAD_RESPONSE, "not JSON");
    }

    @Test
    void anUnknownLabelARefusalOrATruncatedAnswerAreBadResponses() {
        answer(json(200, "completion-unknown-label.json"));
        assertFailure(this::analyze, Reason.BAD_RESPONSE, "qualification: 'lukewarm' is not one of");

        server.resetAll();
        answer(json(200, "completion-refusal.json"));
        assertFailure(this::analyze, Reason.BAD_RESPONSE, "the model refused");

        server.resetAll();
        answer(json(200, "completion-truncated.json"));
        assertFailure(this::analyze, Reason.BAD_RESPONSE, "cut off");
    }

    @Test
    void aRejectedKeyIsNotRetriedAndNeverEchoed() {
        answer(json(401, "invalid-key.json"));

        AnalysisFailed failure = assertFailure(this::analyze, Reason.REJECTED, "the endpoint answered 401");
        assertThat(failure.detail()).doesNotContain(KEY).contains("***");
        assertThat(failure.retryable()).isFalse();
        server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void anUnreachableEndpointIsUnavailable() {
        int port = server.port();
        server.stop();
        var settings = new ConversationsProperties.OpenAi(
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                2,
                Duration.ofMillis(10),
                Duration.ofMillis(50),
                800,
                false);
        var endpoint =
                new OpenAiEndpoint("http://localhost:" + port + "/v1", "m", null, BigDecimal.ZERO, BigDecimal.ZERO);
        var analyzer = new OpenAiCompatibleAnalyzer(endpoint, new ChatCompletions(settings, OUTBOUND), 800);

        assertFailure(() -> analyzer.analyze(CALL, RULES), Reason.UNAVAILABLE, "could not be reached");
    }

    @Test
    void linkLocalAddressesAreNeverCalledAndPrivateOnesWhenBlocked() {
        var open = new ChatCompletions(
                new ConversationsProperties.OpenAi(
                        Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ZERO, 10, false),
                OUTBOUND);
        var strict = new ChatCompletions(
                new ConversationsProperties.OpenAi(
                        Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ZERO, 10, true),
                OUTBOUND);
        var metadata = new OpenAiEndpoint("http://169.254.169.254/v1", "m", null, BigDecimal.ZERO, BigDecimal.ZERO);
        var local = new OpenAiEndpoint(server.baseUrl() + "/v1", "m", null, BigDecimal.ZERO, BigDecimal.ZERO);

        assertFailure(
                () -> new OpenAiCompatibleAnalyzer(metadata, open, 10).analyze(CALL, RULES),
                Reason.NOT_CONFIGURED,
                "does not call");
        assertFailure(
                () -> new OpenAiCompatibleAnalyzer(local, strict, 10).analyze(CALL, RULES),
                Reason.NOT_CONFIGURED,
                "does not call");
        server.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    static AnalysisFailed assertFailure(Runnable call, Reason reason, String detail) {
        try {
            call.run();
        } catch (AnalysisFailed failure) {
            assertThat(failure.reason()).isEqualTo(reason);
            assertThat(failure.detail()).contains(detail);
            return failure;
        }
        throw new AssertionError("expected the analysis to fail with " + reason);
    }

    static String fixture(String name) {
        try (InputStream in = OpenAiCompatibleAnalyzerTest.class.getResourceAsStream("/conversations/openai/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
