package io.switchboard.messaging.web;

import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The settings page's provider form as the API's {@code config} and {@code secrets}: only the fields
 * the kind uses, numbers and switches typed, and no secrets at all when every secret field was left
 * empty (the stored ones are kept).
 */
record ProviderForm(Map<String, Object> config, @Nullable Map<String, Object> secrets) {

    private static final Map<ProviderType, List<String>> CONFIG = Map.of(
            ProviderType.TWILIO, List.of("account_sid", "from", "messaging_service_sid"),
            ProviderType.SMTP, List.of("host", "port", "username", "from", "starttls"),
            ProviderType.WHATSAPP_CLOUD, List.of("phone_number_id", "business_account_id"),
            ProviderType.SLACK_WEBHOOK, List.of("channel"));

    private static final Map<ProviderType, List<String>> SECRETS = Map.of(
            ProviderType.TWILIO, List.of("auth_token"),
            ProviderType.SMTP, List.of("password"),
            ProviderType.WHATSAPP_CLOUD, List.of("access_token", "app_secret", "verify_token"),
            ProviderType.SLACK_WEBHOOK, List.of("webhook_url"));

    static ProviderForm of(ProviderType kind, MultiValueMap<String, String> form) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (String name : CONFIG.getOrDefault(kind, List.of())) {
            // the form's own "channel" is the messaging channel; Slack's is named apart
            String value = text(form, kind == ProviderType.SLACK_WEBHOOK ? "slack_" + name : name);
            if (name.equals("starttls")) {
                config.put(name, value != null);
            } else if (name.equals("port") && value != null) {
                config.put(name, port(value));
            } else if (value != null) {
                config.put(name, value);
            }
        }
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (String name : SECRETS.getOrDefault(kind, List.of())) {
            String value = text(form, name);
            if (value != null) {
                secrets.put(name, value);
            }
        }
        return new ProviderForm(config, secrets.isEmpty() ? null : secrets);
    }

    private static int port(String value) {
        if (!value.matches("[0-9]{1,5}")) {
            throw new InvalidInput("config.port", "invalid_config", "a port number, e.g. 587");
        }
        return Integer.parseInt(value);
    }

    private static @Nullable String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
