package io.switchboard.telephony.internal.bolna;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.OutboundCall;
import io.switchboard.telephony.provider.PlacedCall;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bolna voice AI agents. Bolna runs the whole conversation with its own telephony; Switchboard asks
 * it to call (with the agent's {@code provider_agent_id}) and reads the execution webhooks Bolna
 * pushes to the agent's webhook URL. Bolna addresses a call by its execution id, which is therefore
 * both the provider call id and the execution id. Bolna documents no API to transfer or end a call
 * in progress: hanging up stops a call still queued, and transfers are the agent's own (they arrive
 * in the execution's {@code transfer_call_data}).
 */
@Component
class BolnaProvider implements VoiceProvider {

    private final BolnaCalls calls;
    private final JsonMapper json;
    private final Clock clock;

    BolnaProvider(ProviderHttp http, JsonMapper json, Clock clock) {
        this.calls = new BolnaCalls(http);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.BOLNA;
    }

    @Override
    public PlacedCall place(OutboundCall call, ProviderAccount account) {
        String agentId = call.agent() == null ? null : call.agent().providerAgentId();
        if (agentId == null || agentId.isBlank()) {
            throw new ProviderException(false, "no_agent_id", "a Bolna call needs the AI agent's provider_agent_id");
        }
        Map<String, Object> userData = new LinkedHashMap<>();
        userData.put("switchboard_call_id", call.callId().toString());
        if (call.calleeName() != null) {
            userData.put("customer_name", call.calleeName());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", agentId);
        body.put("recipient_phone_number", call.to());
        if (call.from() != null) {
            body.put("from_phone_number", call.from());
        }
        body.put("user_data", userData);
        JsonNode answer = calls.call(account, body);
        String executionId = BolnaEvents.text(answer, "execution_id");
        if (executionId == null) {
            throw new ProviderException(
                    false, "provider_error", "bolna accepted the call but answered no execution_id");
        }
        return new PlacedCall(executionId, executionId);
    }

    @Override
    public void hangup(String providerCallId, ProviderAccount account) {
        calls.stop(account, providerCallId);
    }

    @Override
    public boolean owns(String phoneNumber, ProviderAccount account) {
        return calls.holds(account, phoneNumber);
    }

    @Override
    public boolean verify(WebhookRequest request, ProviderAccount account) {
        return account.webhookSecret() != null
                && BolnaSignature.verify(account.webhookSecret(), account.organizationId(), request, clock.instant());
    }

    @Override
    public List<ProviderEvent> parse(WebhookRequest request) {
        JsonNode execution;
        try {
            execution = json.readTree(request.body());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
        if (!execution.isObject()) {
            throw new IllegalArgumentException("the body is not an execution object");
        }
        return List.of(BolnaEvents.read(execution, clock.instant()));
    }
}
