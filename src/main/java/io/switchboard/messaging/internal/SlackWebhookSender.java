package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.OutboundFailure;
import io.switchboard.shared.OutboundHttp;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slack incoming webhooks: an internal alert about a lead is posted as {@code {"text": …}} to the
 * account's webhook URL, a secret (it is the credential: whoever has it can post to the channel). Slack
 * answers {@code ok}, or a text code for a refusal ({@code invalid_payload}, {@code channel_not_found},
 * {@code channel_is_archived}…); it reports nothing later, so a posted alert is {@code sent}.
 */
@Component
class SlackWebhookSender implements Sender {

    static final String WEBHOOK_URL = "webhook_url";

    private final RestClient client;
    private final JsonMapper json;

    SlackWebhookSender(OutboundHttp http, MessagingProperties properties, JsonMapper json) {
        this.client = http.client(properties.providerTimeout(), properties.providerTimeout());
        this.json = json;
    }

    @Override
    public ProviderType type() {
        return ProviderType.SLACK_WEBHOOK;
    }

    @Override
    public boolean reportsDelivery() {
        return false;
    }

    @Override
    public void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {
        if (secrets == null && secretsStored) {
            return;
        }
        String url = secrets == null ? null : AccountSettings.text(secrets, WEBHOOK_URL);
        if (url == null || !isHttpUrl(url)) {
            throw new InvalidInput(
                    "secrets.webhook_url",
                    "invalid_config",
                    "the incoming webhook's URL, e.g. https://hooks.slack.com/services/T…/B…/…");
        }
    }

    @Override
    public String send(Outbound message) {
        String url = AccountSettings.text(message.secrets(), WEBHOOK_URL);
        if (url == null) {
            throw new SendFailed("provider_not_configured", "the Slack account has no webhook URL");
        }
        try {
            client.post()
                    .uri(URI.create(url))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(Map.of("text", message.body())))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            throw ProviderFailures.of("Slack", OutboundFailure.of(e), SlackWebhookSender::refused);
        }
        // Slack names no message: ours is the one id there is
        return "slack:" + message.id();
    }

    private static SendFailed refused(int status, String body) {
        String code = body == null || body.isBlank() || !body.strip().matches("[a-z_]{1,60}")
                ? "http_" + status
                : body.strip();
        return new SendFailed(code, "Slack refused the alert (HTTP " + status + ": " + code + ")");
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
