package io.switchboard.messaging;

import io.switchboard.messaging.internal.MessagingWebhooks;
import io.switchboard.messaging.internal.SimulatorSignature;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Plays a lead's reply on the simulated provider, through the same signed webhook it sends. */
@Service
public class SimulatedReplies {

    /** @param result applied (stored), duplicate, or unknown_sender (no lead has that address) */
    public record Reply(String result) {}

    private final MessagingWebhooks webhooks;
    private final SimulatorSignature signature;
    private final MessagingProviders providers;
    private final JsonMapper json;
    private final Clock clock;

    SimulatedReplies(
            MessagingWebhooks webhooks,
            SimulatorSignature signature,
            MessagingProviders providers,
            JsonMapper json,
            Clock clock) {
        this.webhooks = webhooks;
        this.signature = signature;
        this.providers = providers;
        this.json = json;
        this.clock = clock;
    }

    public Reply reply(Channel channel, String from, String body) {
        if (providers.of(channel).kind() != ProviderType.SIMULATED) {
            throw new Conflict("not_simulated", "the " + channel + " channel has a real provider");
        }
        var organization = TenantContext.require();
        String payload = json.writeValueAsString(Map.of(
                "type",
                "inbound",
                "event_id",
                "SIMIN" + Ids.next().toString().replace("-", ""),
                "channel",
                channel.toString(),
                "from",
                from,
                "body",
                body));
        var result = webhooks.receive(
                ProviderType.SIMULATED,
                organization.value().toString(),
                signature.sign(organization, payload, clock.instant()),
                payload);
        return new Reply(result.toString().toLowerCase(Locale.ROOT));
    }
}
