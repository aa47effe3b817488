package io.switchboard.conversations.internal.openai;

import java.math.BigDecimal;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One organization's OpenAI-compatible chat completions endpoint, with its API key decrypted for
 * the call. Never logged: {@link #toString()} hides the key.
 *
 * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 */
public record OpenAiEndpoint(
        String baseUrl,
        String model,
        @Nullable String apiKey,
        BigDecimal promptPricePerMillion,
        BigDecimal completionPricePerMillion) {

    public URI chatCompletions() {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + "/chat/completions");
    }

    @Override
    public String toString() {
        return "OpenAiEndpoint[" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
    }
}
