package io.switchboard.messaging.internal;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp Cloud API account's settings: {@code config {phone_number_id, business_account_id,
 * api_version?, api_base_url?}} and {@code secrets {access_token, app_secret, verify_token}}. The
 * access token sends, the app secret checks {@code X-Hub-Signature-256} on every webhook, the verify
 * token answers Meta's subscription check. {@code api_base_url} is Meta's Graph API unless a test
 * points it elsewhere.
 */
record WhatsAppAccount(
        String phoneNumberId,
        String apiVersion,
        String baseUrl,
        String accessToken,
        @Nullable String appSecret,
        @Nullable String verifyToken) {

    static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
    static final String DEFAULT_VERSION = "23.0";
    static final String ACCESS_TOKEN = "access_token";
    static final String APP_SECRET = "app_secret";
    static final String VERIFY_TOKEN = "verify_token";

    static WhatsAppAccount of(Map<String, Object> config, Map<String, Object> secrets) {
        String token = AccountSettings.text(secrets, ACCESS_TOKEN);
        if (token == null) {
            throw new Sender.SendFailed("provider_not_configured", "the WhatsApp account has no access token");
        }
        return new WhatsAppAccount(
                AccountSettings.text(config, "phone_number_id"),
                version(config),
                AccountSettings.baseUrl(config, DEFAULT_BASE_URL),
                token,
                AccountSettings.text(secrets, APP_SECRET),
                AccountSettings.text(secrets, VERIFY_TOKEN));
    }

    static void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {
        for (String id : new String[] {"phone_number_id", "business_account_id"}) {
            String value = AccountSettings.text(config, id);
            if (value == null || !value.matches("[0-9]{5,30}")) {
                throw new InvalidInput("config." + id, "invalid_config", "the numeric id Meta shows for it");
            }
        }
        version(config);
        AccountSettings.baseUrl(config, DEFAULT_BASE_URL);
        if (secrets == null && secretsStored) {
            return;
        }
        for (String secret : new String[] {ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN}) {
            if (secrets == null || AccountSettings.text(secrets, secret) == null) {
                throw new InvalidInput("secrets." + secret, "invalid_config", "is required");
            }
        }
    }

    private static String version(Map<String, Object> config) {
        String version = AccountSettings.text(config, "api_version");
        if (version == null) {
            return DEFAULT_VERSION;
        }
        String bare = version.replaceFirst("^v", "");
        if (!bare.matches("[0-9]{1,3}\\.[0-9]{1,3}")) {
            throw new InvalidInput("config.api_version", "invalid_config", "a Graph API version such as 23.0");
        }
        return bare;
    }
}
