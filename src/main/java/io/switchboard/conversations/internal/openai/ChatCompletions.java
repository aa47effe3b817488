package io.switchboard.conversations.internal.openai;

import io.switchboard.conversations.AnalysisFailed;
import io.switchboard.conversations.AnalysisFailed.Reason;
import io.switchboard.conversations.internal.ConversationsProperties;
import io.switchboard.shared.OutboundFailure;
import io.switchboard.shared.OutboundHttp;
import io.switchboard.shared.RetryPolicy;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls an OpenAI-compatible {@code POST /chat/completions}. Answers 429 and 5xx, and failures to
 * connect, are retried with exponential backoff (honouring {@code Retry-After} up to the maximum
 * backoff); a request that exceeds the timeout fails at once (the analysis pipeline retries later).
 * Every failure is an {@link AnalysisFailed} whose detail never contains the API key.
 */
public final class ChatCompletions {

    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
    private static final int MAX_DETAIL = 200;

    private final RestClient http;
    private final ConversationsProperties.OpenAi settings;
    private final RetryPolicy retries;
    private final JsonMapper json = JsonMapper.builder().build();

    public ChatCompletions(ConversationsProperties.OpenAi settings, OutboundHttp outbound) {
        this.settings = settings;
        this.retries = retries(settings);
        this.http = outbound.client(settings.connectTimeout(), settings.timeout());
    }

    /** Doubling pauses; a zero pause configured means "at once", which the policy spells as 1 ms. */
    private static RetryPolicy retries(ConversationsProperties.OpenAi settings) {
        Duration first = settings.initialBackoff().isPositive() ? settings.initialBackoff() : Duration.ofMillis(1);
        Duration longest = settings.maxBackoff().compareTo(first) > 0 ? settings.maxBackoff() : first;
        return new RetryPolicy(first, 2, longest, Math.max(1, settings.maxAttempts()));
    }

    /** The first choice's message content and the tokens it took. */
    public record Reply(String content, @Nullable String model, long promptTokens, long completionTokens) {}

    public Reply complete(OpenAiEndpoint endpoint, ObjectNode body) {
        EndpointGuard.check(endpoint.chatCompletions(), settings.blockPrivateNetworks());
        String request = json.writeValueAsString(body);
        for (int attempt = 1; ; attempt++) {
            ResponseEntity<String> response;
            try {
                response = send(endpoint, request);
            } catch (RestClientException e) {
                pause(pauseAfter(OutboundFailure.of(e), attempt, endpoint));
                continue;
            }
            // An empty answer comes back as no body: read it as the empty text it was, not as "null".
            String answer = response.getBody() == null ? "" : response.getBody();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw failure(response.getStatusCode().value(), answer, endpoint);
            }
            return reply(answer);
        }
    }

    private ResponseEntity<String> send(OpenAiEndpoint endpoint, String body) {
        return http.post()
                .uri(endpoint.chatCompletions())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
                        headers.setBearerAuth(endpoint.apiKey());
                    }
                })
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    /** How long to wait before the next attempt, or the failure when there is none. */
    private Duration pauseAfter(OutboundFailure failure, int attempt, OpenAiEndpoint endpoint) {
        boolean last = retries.exhausted(attempt);
        return switch (failure.kind()) {
            case TIMED_OUT ->
                throw new AnalysisFailed(
                        Reason.TIMEOUT,
                        "the endpoint did not answer within "
                                + settings.timeout().toMillis() + " ms");
            case INTERRUPTED -> throw new AnalysisFailed(Reason.UNAVAILABLE, "interrupted while calling the endpoint");
            case UNREACHABLE, CONNECTION_LOST -> {
                if (last) {
                    throw new AnalysisFailed(Reason.UNAVAILABLE, "the endpoint could not be reached");
                }
                yield retries.pauseAfter(attempt);
            }
            case ANSWERED -> {
                if (!RETRYABLE.contains(failure.status()) || last) {
                    throw failure(failure.status(), failure.body(), endpoint);
                }
                yield wait(failure, attempt, endpoint);
            }
        };
    }

    private Reply reply(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new AnalysisFailed(Reason.BAD_RESPONSE, "the endpoint's answer is not JSON");
        }
        JsonNode choice = root.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (message.hasNonNull("refusal")) {
            throw new AnalysisFailed(
                    Reason.BAD_RESPONSE,
                    "the model refused: " + clip(message.path("refusal").asString()));
        }
        if ("length".equals(choice.path("finish_reason").asString(""))) {
            throw new AnalysisFailed(Reason.BAD_RESPONSE, "the model's answer was cut off at the token limit");
        }
        if (!message.path("content").isString()
                || message.path("content").asString().isBlank()) {
            throw new AnalysisFailed(Reason.BAD_RESPONSE, "the endpoint's answer has no message content");
        }
        JsonNode usage = root.path("usage");
        return new Reply(
                message.path("content").asString(),
                root.path("model").isString() ? root.path("model").asString() : null,
                usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0));
    }

    private AnalysisFailed failure(int status, String body, OpenAiEndpoint endpoint) {
        String message = "";
        try {
            message = json.readTree(body).path("error").path("message").asString("");
        } catch (JacksonException ignored) {
            // not a JSON error body: the status says enough
        }
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            message = message.replace(endpoint.apiKey(), "***");
        }
        String detail = "the endpoint answered " + status + (message.isBlank() ? "" : ": " + clip(message));
        return new AnalysisFailed(RETRYABLE.contains(status) ? Reason.UNAVAILABLE : Reason.REJECTED, detail);
    }

    /** The backoff, or the endpoint's {@code Retry-After} when longer; one beyond the longest pause fails now. */
    private Duration wait(OutboundFailure answered, int attempt, OpenAiEndpoint endpoint) {
        Duration backoff = retries.pauseAfter(attempt);
        Duration asked = answered.retryAfter().orElse(null);
        if (asked == null) {
            return backoff;
        }
        if (asked.compareTo(settings.maxBackoff()) > 0) {
            throw failure(answered.status(), answered.body(), endpoint);
        }
        return asked.compareTo(backoff) > 0 ? asked : backoff;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisFailed(Reason.UNAVAILABLE, "interrupted while waiting to retry the endpoint");
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
