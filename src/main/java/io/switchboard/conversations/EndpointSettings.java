package io.switchboard.conversations;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An organization's OpenAI-compatible endpoint as shown: the API key itself is never returned,
 * only whether one is set. Prices are US dollars per million tokens, for recording the cost.
 */
public record EndpointSettings(
        String baseUrl,
        String model,
        boolean apiKeySet,
        @Nullable BigDecimal promptPricePerMillion,
        @Nullable BigDecimal completionPricePerMillion) {}
