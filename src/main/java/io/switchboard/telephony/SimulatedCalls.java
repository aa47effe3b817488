package io.switchboard.telephony;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.db.tables.records.PhoneNumbersRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.AiAgents;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.internal.simulated.CallScript;
import io.switchboard.telephony.internal.simulated.Scenario;
import io.switchboard.telephony.internal.simulated.SimulatedProvider;
import io.switchboard.telephony.internal.webhooks.CallProgress;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the simulated provider can do: ring the organization from a made-up caller, and record a
 * scripted conversation as a call that already happened (demo history).
 */
@Service
public class SimulatedCalls {

    private final SimulatedProvider simulator;
    private final Numbers numbers;
    private final VoiceProviderSettings settings;
    private final OrganizationManagement organizations;
    private final LeadCalls leads;
    private final AiAgents agents;
    private final Calls calls;
    private final CallProgress progress;

    SimulatedCalls(
            SimulatedProvider simulator,
            Numbers numbers,
            VoiceProviderSettings settings,
            OrganizationManagement organizations,
            LeadCalls leads,
            AiAgents agents,
            Calls calls,
            CallProgress progress) {
        this.simulator = simulator;
        this.numbers = numbers;
        this.settings = settings;
        this.organizations = organizations;
        this.leads = leads;
        this.agents = agents;
        this.calls = calls;
        this.progress = progress;
    }

    /**
     * Records one of the simulator's scripted conversations with a lead as a call that already took
     * place (the demo's history): it rang, was answered, talked for {@code talkSeconds} and ended at
     * {@code endedAt}, with its transcript, so it is charged, counted on the lead and analysed like any
     * other. Nobody is dialled, so the calling gate does not apply.
     *
     * @param scenario the id of a conversation in {@code simulator/conversations.json}
     */
    @Transactional
    public CallId recordPast(UUID leadId, AiAgentId agentId, String scenario, int talkSeconds, Instant endedAt) {
        Scenario script = simulator.scenarios().stream()
                .filter(s -> s.id().equals(scenario))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("scenario", "unknown_scenario", "no such scripted conversation"));
        LeadCalls.CallTarget target = leads.target(LeadId.of(leadId));
        var agent = agents.findRecord(agentId).orElseThrow(() -> new NotFound("ai_agent", agentId));
        Instant answered = endedAt.minusSeconds(talkSeconds);
        Instant placed = answered.minusSeconds(8);
        CallId id = CallId.generate();
        CallsRecord call = calls.newRecord();
        call.setOrganizationId(TenantContext.require().value());
        call.setId(id.value());
        call.setDirection(CallDirection.OUTBOUND.toString());
        call.setProvider(ProviderKind.SIMULATED.toString());
        call.setToNumber(target.phone());
        call.setLeadId(target.id().value());
        call.setAiAgentId(agent.getId());
        // From the number the dialer would have used for this agent, as a live call is.
        numbers.callFromCallerId(call, ProviderKind.SIMULATED, agentId);
        call.setStatus(CallStatus.QUEUED.toString());
        call.setDispatchState("sent");
        call.setProviderCallId("SIMPAST" + id.value().toString().replace("-", "")); // as live: SIM + hex
        call.setMetadata(calls.json().write(Map.of("lead_name", target.name(), "history", true)));
        call.setCreatedAt(placed.atOffset(ZoneOffset.UTC));
        call.store();
        calls.recordEvent(new Calls.NewEvent(id, "status", CallStatus.QUEUED, true, "system", placed, null, Map.of()));
        CallScript.Parties parties = new CallScript.Parties(
                call.getProviderCallId(),
                id.value(),
                "outbound",
                null,
                target.phone(),
                target.name().split(" ")[0],
                agent.getName(),
                organizations.current().name(),
                "");
        for (ProviderEvent event : history(id, script, parties, placed, answered, endedAt, talkSeconds)) {
            progress.apply(calls.lock(id).orElseThrow(), event, "system", null);
        }
        return id;
    }

    /** The provider's events of a past call: ringing, answered, completed, then its transcript. */
    private static List<ProviderEvent> history(
            CallId id,
            Scenario script,
            CallScript.Parties parties,
            Instant placed,
            Instant answered,
            Instant endedAt,
            int talkSeconds) {
        String key = "history:" + id.value() + ":";
        return List.of(
                ProviderEvent.builder(key + "ringing", placed.plusSeconds(1))
                        .status(CallStatus.RINGING)
                        .build(),
                ProviderEvent.builder(key + "answered", answered)
                        .status(CallStatus.IN_PROGRESS)
                        .build(),
                ProviderEvent.builder(key + "completed", endedAt)
                        .status(CallStatus.COMPLETED)
                        .ended(talkSeconds, "completed")
                        .build(),
                ProviderEvent.builder(key + "transcript", endedAt.plusSeconds(1))
                        .transcript(new ProviderEvent.Transcript(
                                script.language() == null ? "en" : script.language(),
                                CallScript.segments(script, parties, talkSeconds)))
                        .doNotCallRequested(Boolean.TRUE.equals(script.doNotCall()))
                        .build());
    }

    /** Starts an inbound call to one of the organization's simulated numbers; its webhooks follow. */
    @Transactional
    public String inbound(String from, PhoneNumberId to) {
        PhoneNumbersRecord number = numbers.findRecord(to).orElseThrow(() -> new NotFound("phone_number", to));
        if (!ProviderKind.SIMULATED.toString().equals(number.getProvider()) || !number.getActive()) {
            throw new InvalidInput("to_number_id", "not_simulated", "the number must be an active simulated number");
        }
        String caller =
                switch (PhoneNumbers.normalize(from, organizations.current().defaultRegion())) {
                    case PhoneNumbers.Valid valid -> valid.e164();
                    case PhoneNumbers.Invalid invalid ->
                        throw new InvalidInput("from", "invalid_phone", invalid.reason());
                };
        return simulator.receive(
                settings.account(ProviderKind.SIMULATED),
                caller,
                number.getPhoneNumber(),
                settings.webhookUrl(
                        ProviderKind.SIMULATED, TenantContext.require().value(), null));
    }
}
