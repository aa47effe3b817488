package io.switchboard.messaging;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A channel's provider account as the API shows it: the secrets never leave, only whether they are
 * set. A channel the organization did not configure shows the simulated provider (id null).
 *
 * @param perMinute messages per minute the account may send (more wait their turn)
 * @param webhookUrl where the provider posts status reports and replies (Twilio's status callback and
 *     its number's incoming-message URL); none for the simulated provider, which reports internally
 */
public record ProviderAccount(
        java.util.@Nullable UUID id,
        Channel channel,
        ProviderType kind,
        Map<String, Object> config,
        boolean secretsSet,
        int perMinute,
        @Nullable Instant updatedAt,
        @Nullable String webhookUrl) {

    public static ProviderAccount simulated(Channel channel) {
        return new ProviderAccount(null, channel, ProviderType.SIMULATED, Map.of(), false, 600, null, null);
    }
}
