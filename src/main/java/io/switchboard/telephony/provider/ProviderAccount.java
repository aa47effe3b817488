package io.switchboard.telephony.provider;

import io.switchboard.telephony.ProviderKind;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organization's account with a provider, secrets decrypted for the call at hand.
 *
 * @param config non-secret settings (account SID, auth id, API base URL, ARI application…)
 * @param authToken the provider's API secret (Twilio auth token, Plivo auth token, Bolna API key,
 *     ARI password)
 * @param webhookSecret the shared secret webhooks are signed with, for providers that use one
 */
public record ProviderAccount(
        UUID organizationId,
        ProviderKind provider,
        Map<String, Object> config,
        @Nullable String authToken,
        @Nullable String webhookSecret) {

    public @Nullable String setting(String key) {
        Object value = config.get(key);
        return value == null ? null : value.toString();
    }

    public String setting(String key, String fallback) {
        String value = setting(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A secret the adapter cannot work without. */
    public String require(@Nullable String secret, String what) {
        if (secret == null || secret.isBlank()) {
            throw new ProviderException(false, "provider_not_configured", provider + " account has no " + what);
        }
        return secret;
    }

    @Override
    public String toString() {
        return "ProviderAccount[" + provider + ", organization " + organizationId + "]";
    }
}
