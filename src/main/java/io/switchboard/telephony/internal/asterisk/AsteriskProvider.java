package io.switchboard.telephony.internal.asterisk;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.internal.simulated.SimulatorSignature;
import io.switchboard.telephony.provider.OutboundCall;
import io.switchboard.telephony.provider.PlacedCall;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.TransferTarget;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asterisk through ARI. A call is originated into the organization's Stasis application with
 * Switchboard's call id as the channel id and as the app argument, and channel variables naming the
 * AI agent and the voice server; the application connected to ARI bridges the media to the voice
 * server and relays the app's ARI events to Switchboard's webhook, signed with the shared webhook
 * secret. A transfer sends the channel on to the dialplan ({@code continue}) at the transfer
 * context, with the target as the extension, where the dialplan dials it.
 */
@Component
class AsteriskProvider implements VoiceProvider {

    private final AriClient ari;
    private final JsonMapper json;
    private final Clock clock;

    AsteriskProvider(ProviderHttp http, JsonMapper json, Clock clock) {
        this.ari = new AriClient(http);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.ASTERISK;
    }

    @Override
    public PlacedCall place(OutboundCall call, ProviderAccount account) {
        String callId = call.callId().toString();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("endpoint", account.setting("endpoint", "PJSIP/{to}").replace("{to}", call.to()));
        query.put("app", account.setting("app", "switchboard"));
        query.put("appArgs", callId);
        if (call.from() != null) {
            query.put("callerId", call.from());
        }
        query.put("timeout", account.setting("ring_timeout", "30"));
        // With Switchboard's id as the channel id, Asterisk refuses a second channel for the same call.
        query.put("channelId", callId);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("SWITCHBOARD_CALL_ID", callId);
        if (call.agent() != null && call.agent().providerAgentId() != null) {
            variables.put("SWITCHBOARD_AGENT_ID", call.agent().providerAgentId());
        }
        if (call.voiceServerUrl() != null) {
            variables.put("SWITCHBOARD_VOICE_SERVER", call.voiceServerUrl());
        }
        JsonNode channel = ari.originate(account, query, variables);
        String channelId = AriEvents.text(channel, "id");
        if (channelId == null) {
            throw new ProviderException(
                    false, "provider_error", "asterisk originated the call but answered no channel id");
        }
        return new PlacedCall(channelId, null);
    }

    @Override
    public void hangup(String providerCallId, ProviderAccount account) {
        ari.hangup(account, providerCallId);
    }

    @Override
    public void transfer(String providerCallId, TransferTarget target, ProviderAccount account) {
        ari.continueInDialplan(
                account, providerCallId, account.setting("transfer_context", "switchboard-transfer"), target.to());
    }

    /**
     * Music on hold while the channel stays in the Stasis app, so that the bridge can still send it on
     * to the dialplan ({@code continue} works only on a channel in Stasis). The message is not spoken:
     * ARI plays sounds, not text.
     */
    @Override
    public void hold(String providerCallId, String message, ProviderAccount account) {
        ari.musicOnHold(account, providerCallId, account.setting("moh_class", "default"));
    }

    @Override
    public boolean verify(WebhookRequest request, ProviderAccount account) {
        return account.webhookSecret() != null
                && SimulatorSignature.verify(
                        account.webhookSecret(),
                        request.body(),
                        request.header(SimulatorSignature.HEADER),
                        clock.instant());
    }

    @Override
    public List<ProviderEvent> parse(WebhookRequest request) {
        JsonNode body;
        try {
            body = json.readTree(request.body());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
        List<JsonNode> events = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(events::add);
        } else if (body.isObject()) {
            events.add(body);
        } else {
            throw new IllegalArgumentException("the body is neither an ARI event nor an array of them");
        }
        List<ProviderEvent> read = new ArrayList<>();
        for (JsonNode event : events) {
            AriEvents.read(event, clock.instant()).ifPresent(read::add);
        }
        return read;
    }
}
