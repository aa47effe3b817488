package io.switchboard.demo;

import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.telephony.AgentType;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.NewPhoneNumber;
import io.switchboard.telephony.PhoneNumber;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.telephony.PlaceCall;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.telephony.VoiceServerRegistry;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's telephony: AI agents, numbers, voice servers, and a first round of simulated calls
 * placed on first start (they ring, connect, transfer and end within a minute, live in the console).
 */
@Component
class DemoTelephony {

    static final int FIRST_CALLS = 8;

    private final AiAgentManagement agents;
    private final PhoneNumberManagement numbers;
    private final VoiceServerRegistry servers;
    private final CallManagement calls;
    private final SimulatedCalls simulated;
    private final LeadManagement leads;
    private final Environment environment;

    DemoTelephony(
            AiAgentManagement agents,
            PhoneNumberManagement numbers,
            VoiceServerRegistry servers,
            CallManagement calls,
            SimulatedCalls simulated,
            LeadManagement leads,
            Environment environment) {
        this.agents = agents;
        this.numbers = numbers;
        this.servers = servers;
        this.calls = calls;
        this.simulated = simulated;
        this.leads = leads;
        this.environment = environment;
    }

    void create(User admin) {
        AiAgent ava = agents.create(
                new NewAiAgent(
                        "Ava — buyer qualification",
                        "Calls new buyer leads within minutes, qualifies budget and timeline, books viewings and hands hot"
                                + " buyers to the sales floor.",
                        AgentType.CALL,
                        ProviderKind.SIMULATED,
                        null,
                        Map.of("voice", "en-US-female-warm", "language", "en", "speed", 1.0),
                        Map.of("model", "local", "temperature", 0.3, "max_tokens", 400),
                        Map.of(
                                "company", "Acme Realty",
                                "goal", "qualify budget, timeline and financing; book a viewing",
                                "greeting", "Hi {first_name}, this is Ava from Acme Realty.",
                                "transfer_number", "+15125550150",
                                "max_duration_seconds", 600),
                        null,
                        true),
                admin.id().value());
        AiAgent leo = agents.create(
                new NewAiAgent(
                        "Leo — inbound reception",
                        "Answers the reception line, identifies the caller and routes them.",
                        AgentType.CALL,
                        ProviderKind.SIMULATED,
                        null,
                        Map.of("voice", "en-US-male-calm", "language", "en"),
                        Map.of("model", "local", "temperature", 0.2),
                        Map.of("company", "Acme Realty", "goal", "identify the caller and route them"),
                        null,
                        true),
                admin.id().value());
        agents.create(
                new NewAiAgent(
                        "Seller outreach (Bolna)",
                        "An agent hosted at Bolna: configure the Bolna account under Providers & servers to use it.",
                        AgentType.CALL,
                        ProviderKind.BOLNA,
                        "3c9f7e2a-demo-agent",
                        Map.of("voice", "Riya", "language", "en-IN"),
                        Map.of("model", "gpt-4o-mini", "temperature", 0.4),
                        Map.of("goal", "ask owners whether they plan to sell this year"),
                        null,
                        false),
                admin.id().value());
        numbers.create(
                new NewPhoneNumber("Austin sales line", "+15125550100", ProviderKind.SIMULATED, null, null, ava.id()),
                admin.id().value());
        PhoneNumber reception = numbers.create(
                new NewPhoneNumber("Reception", "+15125550199", ProviderKind.SIMULATED, null, null, leo.id()),
                admin.id().value());
        String base = environment.getProperty("switchboard.public-url", "http://localhost:8080");
        servers.create("Built-in simulator stream", base.replaceFirst("^http", "ws") + "/simulator/voice", 10);
        servers.create("Backup stream (not deployed)", "wss://voice-backup.acme.example/stream", 0);
        firstCalls(admin, ava);
        simulated.inbound("+15125550177", reception.id());
    }

    private void firstCalls(User admin, AiAgent agent) {
        List<Lead> callable =
                leads.list(LeadFilter.withPhone(), null, FIRST_CALLS).data();
        for (Lead lead : callable) {
            calls.place(
                    new PlaceCall(lead.id().value(), agent.id(), null, null, Map.of("demo", true)),
                    admin.id().value());
        }
    }
}
