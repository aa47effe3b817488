package io.switchboard.conversations.internal.openai;

import io.switchboard.conversations.AnalysisFailed;
import io.switchboard.conversations.AnalysisFailed.Reason;
import io.switchboard.conversations.internal.ConversationsProperties;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

    private final HttpClient http;
    private final ConversationsProperties.OpenAi settings;
    private final JsonMapper json = JsonMapper.builder().build();

    public ChatCompletions(ConversationsProperties.OpenAi settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The first choice's message content and the tokens it took. */
    public record Reply(String content, @Nullable String model, long promptTokens, long completionTokens) {}

    public Reply complete(OpenAiEndpoint endpoint, ObjectNode body) {
        EndpointGuard.check(endpoint.chatCompletions(), settings.blockPrivateNetworks());
        HttpRequest request = request(endpoint, body);
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxAttempts();
            HttpResponse<String> response = send(request, last);
            if (response == null) {
                pause(backoff(attempt));
            } else if (response.statusCode() / 100 == 2) {
                return reply(response.body());
            } else if (!RETRYABLE.contains(response.statusCode()) || last) {
                throw failure(response, endpoint);
            } else {
                pause(wait(response, attempt, endpoint));
            }
        }
    }

    /** The response, or {@code null} when the endpoint could not be reached and a retry is left. */
    private @Nullable HttpResponse<String> send(HttpRequest request, boolean last) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AnalysisFailed(
                    Reason.TIMEOUT,
                    "the endpoint did not answer within " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisFailed(Reason.UNAVAILABLE, "interrupted while calling the endpoint");
        } catch (IOException e) {
            if (last) {
                throw new AnalysisFailed(Reason.UNAVAILABLE, "the endpoint could not be reached");
            }
            return null;
        }
    }

    private HttpRequest request(OpenAiEndpoint endpoint, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.chatCompletions())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return request.build();
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

    private AnalysisFailed failure(HttpResponse<String> response, OpenAiEndpoint endpoint) {
        int status = response.statusCode();
        String message = "";
        try {
            message =
                    json.readTree(response.body()).path("error").path("message").asString("");
        } catch (JacksonException ignored) {
            // not a JSON error body: the status says enough
        }
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            message = message.replace(endpoint.apiKey(), "***");
        }
        String detail = "the endpoint answered " + status + (message.isBlank() ? "" : ": " + clip(message));
        return new AnalysisFailed(RETRYABLE.contains(status) ? Reason.UNAVAILABLE : Reason.REJECTED, detail);
    }

    private Duration wait(HttpResponse<String> response, int attempt, OpenAiEndpoint endpoint) {
        Duration backoff = backoff(attempt);
        Long retryAfter = response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Long.parseLong(v.strip()))
                .orElse(null);
        if (retryAfter == null) {
            return backoff;
        }
        if (Duration.ofSeconds(retryAfter).compareTo(settings.maxBackoff()) > 0) {
            throw failure(response, endpoint);
        }
        return Duration.ofSeconds(retryAfter).compareTo(backoff) > 0 ? Duration.ofSeconds(retryAfter) : backoff;
    }

    Duration backoff(int attempt) {
        Duration doubled = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
        return doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
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
