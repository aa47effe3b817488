package io.switchboard.conversations.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversations module ({@code switchboard.conversations.*}).
 *
 * @param openai how OpenAI-compatible endpoints are called (the endpoint itself is per organization)
 */
@ConfigurationProperties("switchboard.conversations")
public record ConversationsProperties(@DefaultValue OpenAi openai, @DefaultValue Pipeline pipeline) {

    /**
     * How call transcripts are analysed in the background.
     *
     * @param maxAttempts attempts before a transcript's analysis is given up as failed
     * @param initialBackoff the wait after the first failed attempt; it doubles per attempt up to
     *     {@code maxBackoff}
     * @param claimTimeout how long a claimed transcript stays with its worker; after that (the node
     *     stopped) another worker takes it. Longer than one analysis may take.
     */
    public record Pipeline(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("PT30S") Duration initialBackoff,
            @DefaultValue("PT30M") Duration maxBackoff,
            @DefaultValue("PT10M") Duration claimTimeout) {}

    /**
     * @param timeout how long one request may take before the analysis fails as timed out
     * @param maxAttempts attempts in all when the endpoint answers 429 or 5xx or cannot be reached
     * @param initialBackoff the wait before the first retry; it doubles per retry up to
     *     {@code maxBackoff}, and a {@code Retry-After} up to {@code maxBackoff} is honoured
     * @param blockPrivateNetworks refuse endpoints on loopback and private addresses (set it when
     *     organizations you do not run share the install); link-local addresses (cloud metadata)
     *     are refused always
     */
    public record OpenAi(
            @DefaultValue("PT60S") Duration timeout,
            @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("PT1S") Duration initialBackoff,
            @DefaultValue("PT10S") Duration maxBackoff,
            @DefaultValue("1500") int maxTokens,
            @DefaultValue("false") boolean blockPrivateNetworks) {}
}
