package io.switchboard.telephony;

import java.util.Map;

/**
 * An organization's settings for one voice provider, without its secrets.
 *
 * @param webhookUrl the URL to configure at the provider for this organization's webhooks
 * @param authTokenSet whether the provider API secret is stored (it is never shown again)
 */
public record VoiceProviderAccount(
        ProviderKind provider,
        boolean enabled,
        Map<String, Object> config,
        boolean authTokenSet,
        boolean webhookSecretSet,
        String webhookUrl) {}
