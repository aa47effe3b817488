package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.OutboundFailure;
import io.switchboard.shared.OutboundHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's WhatsApp Cloud API: {@code POST {base}/v{version}/{phone_number_id}/messages} with the
 * account's access token as a Bearer token. A templated message goes as {@code type: template} (its
 * name, language and named body parameters, so the template at Meta must have the same name,
 * language and placeholders); free text as {@code type: text}, which the send policy allows only
 * inside the 24-hour customer-care window. The answer's {@code messages[0].id} (a {@code wamid}) is
 * the provider id that status webhooks name.
 */
@Component
class WhatsAppCloudSender implements Sender {

    private final RestClient client;
    private final JsonMapper json;

    WhatsAppCloudSender(OutboundHttp http, MessagingProperties properties, JsonMapper json) {
        this.client = http.client(properties.providerTimeout(), properties.providerTimeout());
        this.json = json;
    }

    @Override
    public ProviderType type() {
        return ProviderType.WHATSAPP_CLOUD;
    }

    @Override
    public void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {
        WhatsAppAccount.check(config, secrets, secretsStored);
    }

    @Override
    public String send(Outbound message) {
        WhatsAppAccount account = WhatsAppAccount.of(message.config(), message.secrets());
        ResponseEntity<String> answer;
        try {
            answer = client.post()
                    .uri(
                            account.baseUrl() + "/v{version}/{phone}/messages",
                            account.apiVersion(),
                            account.phoneNumberId())
                    .headers(h -> h.setBearerAuth(account.accessToken()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(body(message)))
                    .retrieve()
                    .toEntity(String.class);
        } catch (RestClientException e) {
            throw ProviderFailures.of("WhatsApp", OutboundFailure.of(e), this::refused);
        }
        String id = ProviderFailures.read(json, answer.getBody())
                .path("messages")
                .path(0)
                .path("id")
                .asString("");
        if (id.isBlank()) {
            throw new SendFailed("invalid_response", "WhatsApp accepted the message but answered no message id");
        }
        return id;
    }

    static Map<String, Object> body(Outbound message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        // Meta writes numbers as digits, without the E.164 plus
        body.put("to", message.recipient().replaceFirst("^\\+", ""));
        Sender.TemplateUse template = message.template();
        if (template == null) {
            body.put("type", "text");
            body.put("text", Map.of("preview_url", false, "body", message.body()));
            return body;
        }
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("name", template.name());
        sent.put("language", Map.of("code", template.language().replace('-', '_')));
        if (!template.parameters().isEmpty()) {
            List<Map<String, String>> parameters = template.parameters().entrySet().stream()
                    .map(p -> Map.of("type", "text", "parameter_name", p.getKey(), "text", p.getValue()))
                    .toList();
            sent.put("components", List.of(Map.of("type", "body", "parameters", parameters)));
        }
        body.put("type", "template");
        body.put("template", sent);
        return body;
    }

    /** Meta's final word: {@code error.code} and {@code error.message} (e.g. 131026, undeliverable). */
    private SendFailed refused(int status, String body) {
        JsonNode error = ProviderFailures.read(json, body).path("error");
        String code = error.path("code").isNumber() || error.path("code").isString()
                ? error.path("code").asString()
                : "http_" + status;
        String message = error.path("message").asString("WhatsApp answered HTTP " + status);
        String details = error.path("error_data").path("details").asString("");
        String reason = details.isBlank() || message.contains(details) ? message : message + ": " + details;
        return new SendFailed(code, ProviderFailures.truncate(reason));
    }
}
