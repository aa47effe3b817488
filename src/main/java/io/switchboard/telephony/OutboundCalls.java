package io.switchboard.telephony;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.telephony.internal.AiAgents;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.internal.VoiceServers;
import io.switchboard.telephony.provider.OutboundCall;
import org.springframework.stereotype.Component;

/** Builds what a provider adapter needs to place a call from the stored call. */
@Component
class OutboundCalls {

    private final AiAgents agents;
    private final VoiceServers servers;
    private final Calls calls;
    private final VoiceProviderSettings settings;

    OutboundCalls(AiAgents agents, VoiceServers servers, Calls calls, VoiceProviderSettings settings) {
        this.agents = agents;
        this.servers = servers;
        this.calls = calls;
        this.settings = settings;
    }

    OutboundCall of(CallsRecord call) {
        ProviderKind provider = ProviderKind.fromCode(call.getProvider());
        OutboundCall.Agent agent = call.getAiAgentId() == null
                ? null
                : agents.findRecord(AiAgentId.of(call.getAiAgentId()))
                        .map(agents::toAgent)
                        .map(a -> new OutboundCall.Agent(
                                a.id().value(),
                                a.name(),
                                a.providerAgentId(),
                                a.voiceConfig(),
                                a.llmConfig(),
                                a.taskConfig()))
                        .orElse(null);
        String voiceServer = call.getVoiceServerId() == null
                ? null
                : servers.findRecord(VoiceServerId.of(call.getVoiceServerId()))
                        .map(r -> r.getUrl())
                        .orElse(null);
        return new OutboundCall(
                call.getId(),
                call.getOrganizationId(),
                call.getFromNumber(),
                call.getToNumber(),
                calls.json().readMap(call.getMetadata()).get("lead_name") instanceof String name ? name : null,
                agent,
                voiceServer,
                settings.webhookUrl(provider, call.getOrganizationId(), CallId.of(call.getId())),
                calls.json().readMap(call.getMetadata()));
    }
}
