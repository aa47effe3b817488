package io.switchboard.messaging.internal;

import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.FormEncoding;
import io.switchboard.shared.OutboundFailure;
import io.switchboard.shared.OutboundHttp;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio Programmable Messaging: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded, HTTP Basic with the account SID and auth token; the answer's {@code sid} is the
 * message's provider id, and its statuses come back to the account's webhook URL (the status
 * callback names our message, so a callback that overtakes the hand-over's commit waits for it).
 * Only a request Twilio certainly did not act on is tried again (unreachable, 429, 5xx); a timeout
 * after the request left fails the message rather than risk sending it twice.
 */
@Component
class TwilioSender implements Sender {

    static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    private final RestClient client;
    private final JsonMapper json;

    TwilioSender(OutboundHttp http, MessagingProperties properties, JsonMapper json) {
        this.client = http.client(properties.providerTimeout(), properties.providerTimeout());
        this.json = json;
    }

    @Override
    public ProviderType type() {
        return ProviderType.TWILIO;
    }

    @Override
    public void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {
        TwilioAccount.check(config, secrets, secretsStored);
    }

    @Override
    public String send(Outbound message) {
        TwilioAccount account = TwilioAccount.of(message.config(), message.secrets());
        ResponseEntity<String> answer;
        try {
            answer = client.post()
                    .uri(account.baseUrl() + "/2010-04-01/Accounts/{sid}/Messages.json", account.accountSid())
                    .headers(h -> h.setBasicAuth(account.accountSid(), account.authToken(), StandardCharsets.UTF_8))
                    .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    // Bytes: a String body would get a charset parameter Twilio never asked for.
                    .body(FormEncoding.encode(form(account, message)).getBytes(StandardCharsets.UTF_8))
                    .retrieve()
                    .toEntity(String.class);
        } catch (RestClientException e) {
            throw ProviderFailures.of("Twilio", OutboundFailure.of(e), this::refused);
        }
        String sid = ProviderFailures.read(json, answer.getBody()).path("sid").asString("");
        if (sid.isBlank()) {
            throw new SendFailed("invalid_response", "Twilio accepted the message but answered no sid");
        }
        return sid;
    }

    private static Map<String, List<String>> form(TwilioAccount account, Outbound message) {
        String prefix = message.channel() == Channel.WHATSAPP ? "whatsapp:" : "";
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("To", List.of(prefix + message.recipient()));
        if (account.from() != null) {
            form.put("From", List.of(prefix + account.from()));
        } else {
            form.put("MessagingServiceSid", List.of(account.messagingServiceSid()));
        }
        form.put("Body", List.of(message.body()));
        if (message.statusCallback() != null) {
            form.put("StatusCallback", List.of(message.statusCallback()));
        }
        return form;
    }

    /** Twilio's final word on the message: its error code and message. */
    private SendFailed refused(int status, String body) {
        JsonNode error = ProviderFailures.read(json, body);
        String code = error.path("code").isNumber() || error.path("code").isString()
                ? error.path("code").asString()
                : "http_" + status;
        String reason = error.path("message").asString("Twilio answered HTTP " + status);
        return new SendFailed(code, ProviderFailures.truncate(reason));
    }
}
