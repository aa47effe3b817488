package io.switchboard.messaging.internal;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Twilio messaging account's settings: {@code config {account_sid, from | messaging_service_sid,
 * api_base_url?}} and {@code secrets {auth_token}}. {@code api_base_url} is Twilio's API unless a
 * test (or a regional edge) points it elsewhere.
 */
record TwilioAccount(
        String accountSid,
        @Nullable String from,
        @Nullable String messagingServiceSid,
        String baseUrl,
        String authToken) {

    static final String AUTH_TOKEN = "auth_token";

    static TwilioAccount of(Map<String, Object> config, Map<String, Object> secrets) {
        String token = AccountSettings.text(secrets, AUTH_TOKEN);
        if (token == null) {
            throw new Sender.SendFailed("provider_not_configured", "the Twilio account has no auth token");
        }
        return new TwilioAccount(
                AccountSettings.text(config, "account_sid"),
                AccountSettings.text(config, "from"),
                AccountSettings.text(config, "messaging_service_sid"),
                AccountSettings.baseUrl(config, TwilioSender.DEFAULT_BASE_URL),
                token);
    }

    static void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {
        String sid = AccountSettings.text(config, "account_sid");
        if (sid == null || !sid.matches("AC[0-9a-fA-F]{32}")) {
            throw new InvalidInput(
                    "config.account_sid", "invalid_config", "a Twilio account SID: AC and 32 hex digits");
        }
        String from = AccountSettings.text(config, "from");
        String service = AccountSettings.text(config, "messaging_service_sid");
        if ((from == null) == (service == null)) {
            throw new InvalidInput(
                    "config.from", "invalid_config", "give either from (a number) or messaging_service_sid");
        }
        if (from != null && !from.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidInput("config.from", "invalid_config", "an E.164 number such as +14155550100");
        }
        if (service != null && !service.matches("MG[0-9a-fA-F]{32}")) {
            throw new InvalidInput(
                    "config.messaging_service_sid", "invalid_config", "a Messaging Service SID: MG and 32 hex digits");
        }
        AccountSettings.baseUrl(config, TwilioSender.DEFAULT_BASE_URL);
        boolean tokenGiven = secrets != null && AccountSettings.text(secrets, AUTH_TOKEN) != null;
        if (!tokenGiven && (secrets != null || !secretsStored)) {
            throw new InvalidInput("secrets.auth_token", "invalid_config", "the account's auth token is required");
        }
    }
}
