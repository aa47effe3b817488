package io.switchboard.conversations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.switchboard.support.Api;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An OpenAI-compatible chat completions endpoint on WireMock, one per test
 * ({@code @RegisterExtension final LlmEndpoint llm = new LlmEndpoint();}), answering the recorded
 * replies under {@code conversations/openai/}.
 */
final class LlmEndpoint extends WireMockServer implements BeforeEachCallback, AfterEachCallback {

    static final String PATH = "/v1/chat/completions";

    LlmEndpoint() {
        super(options().dynamicPort());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** Makes this endpoint the organization's analyzer. */
    void serve(Api api, String token) {
        var saved = api.patch(
                "/api/v1/analysis/settings",
                Map.of(
                        "analyzer",
                        "openai_compatible",
                        "openai_compatible",
                        Map.of("base_url", baseUrl() + "/v1", "model", "gpt-4.1", "api_key", "sk-test")),
                token);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    /** Answers every request with the recorded hot-lead completion. */
    void answerHot() {
        stubFor(post(urlEqualTo(PATH)).willReturn(completion()));
    }

    static ResponseDefinitionBuilder completion() {
        return aResponse().withHeader("Content-Type", "application/json").withBody(fixture("completion.json"));
    }

    static String fixture(String name) {
        try (InputStream in = LlmEndpoint.class.getResourceAsStream("/conversations/openai/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
