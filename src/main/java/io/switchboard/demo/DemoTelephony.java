package io.switchboard.demo;

import io.switchboard.compliance.CallingGate;
import io.switchboard.compliance.Decision;
import io.switchboard.compliance.DialCandidate;
import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.NewLead;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's telephony: AI agents, numbers, voice servers, and a first round of simulated calls
 * placed on first start (they ring, connect, transfer and end within a minute, live in the console).
 */
@Component
class DemoTelephony {

    private static final Logger log = LoggerFactory.getLogger(DemoTelephony.class);

    static final int FIRST_CALLS = 8;

    private final AiAgentManagement agents;
    private final PhoneNumberManagement numbers;
    private final VoiceServerRegistry servers;
    private final CallManagement calls;
    private final SimulatedCalls simulated;
    private final LeadManagement leads;
    private final Environment environment;
    private final CallingGate gate;

    DemoTelephony(
            AiAgentManagement agents,
            PhoneNumberManagement numbers,
            VoiceServerRegistry servers,
            CallManagement calls,
            SimulatedCalls simulated,
            LeadManagement leads,
            Environment environment,
            CallingGate gate) {
        this.agents = agents;
        this.numbers = numbers;
        this.servers = servers;
        this.calls = calls;
        this.simulated = simulated;
        this.leads = leads;
        this.environment = environment;
        this.gate = gate;
    }

    /** Answers Ava, the agent that calls the buyers. */
    AiAgent create(User admin) {
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
        voiceServers();
        australianLeads(admin);
        pastCalls(ava);
        firstCalls(admin, ava);
        simulated.inbound("+15125550177", reception.id());
        return ava;
    }

    private void voiceServers() {
        String base = environment.getProperty("switchboard.public-url", "http://localhost:8080");
        servers.create("Built-in simulator stream", base.replaceFirst("^http", "ws") + "/simulator/voice", 10);
        servers.create("Backup stream (not deployed)", "wss://voice-backup.acme.example/stream", 0);
    }

    /**
     * Calls the demo leads it may call right now: the calling window is in each lead's local time,
     * and the demo's leads live from Sydney to Austin, so some are always awake.
     */
    private void firstCalls(User admin, AiAgent agent) {
        List<Lead> withPhones = leads.list(LeadFilter.withPhone(), null, 200).data();
        List<Decision> decisions = gate.check(
                withPhones.stream()
                        .map(l -> DialCandidate.ai(l.id(), l.phone(), l.timezone(), l.phoneRegion()))
                        .toList(),
                Instant.now(),
                null);
        int placed = 0;
        for (int i = 0; i < withPhones.size() && placed < FIRST_CALLS; i++) {
            if (!decisions.get(i).allowed()) {
                continue;
            }
            try {
                calls.place(
                        new PlaceCall(withPhones.get(i).id().value(), agent.id(), null, null, Map.of("demo", true)),
                        admin.id().value());
                placed++;
            } catch (RuntimeException e) {
                log.info("demo call to {} not placed: {}", withPhones.get(i).name(), e.getMessage());
            }
        }
        log.info("Demo: {} first calls placed (leads inside their calling window now)", placed);
    }

    /**
     * Yesterday's conversations, so the call history, the lead timelines and the analysis inbox show
     * something on first start whatever the hour (today's calls depend on who is awake and answers).
     */
    private void pastCalls(AiAgent agent) {
        List<String> scenarios = List.of(
                "hot-buyer-financing",
                "warm-send-information",
                "price-objection",
                "warm-callback-later",
                "cold-not-interested",
                "spanish-interested");
        List<Lead> withPhones = leads.list(LeadFilter.withPhone(), null, 200).data();
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        for (int i = 0; i < scenarios.size() && i < withPhones.size(); i++) {
            simulated.recordPast(
                    withPhones.get(withPhones.size() - 1 - i).id().value(),
                    agent.id(),
                    scenarios.get(i),
                    70 + 25 * i,
                    yesterday.plus(Duration.ofMinutes(47L * i)));
        }
        log.info("Demo: {} past calls recorded for the analysis inbox", Math.min(scenarios.size(), withPhones.size()));
    }

    private void australianLeads(User admin) {
        String[][] people = {
            {"Olivia Brown", "+61293744000", "Australia/Sydney"}, {"Jack Wilson", "+61383767222", "Australia/Melbourne"}
        };
        for (String[] lead : people) {
            leads.create(
                    new NewLead(
                            lead[0],
                            null,
                            lead[1],
                            lead[2],
                            null,
                            null,
                            LeadSource.REFERRAL,
                            null,
                            null,
                            40,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Map.of(),
                            null,
                            true),
                    admin.id().value());
        }
    }
}
