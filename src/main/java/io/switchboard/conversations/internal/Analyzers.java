package io.switchboard.conversations.internal;

import io.switchboard.conversations.AnalysisFailed;
import io.switchboard.conversations.Analyzer;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.internal.openai.ChatCompletions;
import io.switchboard.conversations.internal.openai.OpenAiCompatibleAnalyzer;
import io.switchboard.conversations.internal.openai.OpenAiEndpoint;
import io.switchboard.shared.OutboundHttp;
import io.switchboard.shared.SecretBox;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The analyzer an organization's settings call for; the local one is shared, loaded once ({@link LocalModel}). */
@Component
public class Analyzers {

    private final LocalModel local;
    private final ChatCompletions completions;
    private final SecretBox secrets;
    private final ConversationsProperties properties;

    Analyzers(SecretBox secrets, ConversationsProperties properties, OutboundHttp outbound, LocalModel local) {
        this.local = local;
        this.secrets = secrets;
        this.properties = properties;
        this.completions = new ChatCompletions(properties.openai(), outbound);
    }

    /** The associated data that binds a sealed endpoint API key to its organization. */
    public static String apiKeyContext(UUID organization) {
        return "analysis-endpoint/" + organization;
    }

    public Analyzer forSettings(StoredSettings settings, UUID organization) {
        if (settings.analyzer() == AnalyzerKind.LOCAL) {
            return local.analyzer();
        }
        if (!settings.hasEndpoint()) {
            throw new AnalysisFailed(
                    AnalysisFailed.Reason.NOT_CONFIGURED, "the OpenAI-compatible analyzer has no endpoint configured");
        }
        OpenAiEndpoint endpoint = new OpenAiEndpoint(
                settings.baseUrl(),
                settings.model(),
                settings.sealedApiKey() == null
                        ? null
                        : secrets.open(settings.sealedApiKey(), apiKeyContext(organization)),
                orZero(settings.promptPricePerMillion()),
                orZero(settings.completionPricePerMillion()));
        return new OpenAiCompatibleAnalyzer(
                endpoint, completions, properties.openai().maxTokens());
    }

    private static BigDecimal orZero(@org.jspecify.annotations.Nullable BigDecimal price) {
        return price == null ? BigDecimal.ZERO : price;
    }
}
