package io.switchboard.telephony;

import io.switchboard.billing.Credits;
import io.switchboard.billing.HoldResult;
import io.switchboard.compliance.CallingGate;
import io.switchboard.compliance.Decision;
import io.switchboard.compliance.DialCandidate;
import io.switchboard.db.tables.records.AiAgentsRecord;
import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.db.tables.records.PhoneNumbersRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Problem;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.AiAgents;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.internal.VoiceServers;
import io.switchboard.telephony.internal.webhooks.CallProgress;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.TransferTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Placing calls, reading them, and acting on calls in progress (hang up, transfer). */
@Service
public class CallManagement {

    private static final String INSUFFICIENT_CREDIT =
            "the organization's credit does not cover this call; top up under Credits";

    private final Calls calls;
    private final AiAgents agents;
    private final Numbers numbers;
    private final VoiceServers servers;
    private final LeadCalls leads;
    private final CallProgress progress;
    private final CallDispatcher dispatcher;
    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final TransactionTemplate tx;
    private final CallingGate gate;
    private final Credits credits;
    private final ObjectProvider<LiveCalls> live;
    private final Clock clock;

    CallManagement(
            Calls calls,
            AiAgents agents,
            Numbers numbers,
            VoiceServers servers,
            LeadCalls leads,
            CallProgress progress,
            CallDispatcher dispatcher,
            VoiceProviders providers,
            VoiceProviderSettings settings,
            TransactionTemplate tx,
            CallingGate gate,
            Credits credits,
            ObjectProvider<LiveCalls> live,
            Clock clock) {
        this.calls = calls;
        this.agents = agents;
        this.numbers = numbers;
        this.servers = servers;
        this.leads = leads;
        this.progress = progress;
        this.dispatcher = dispatcher;
        this.providers = providers;
        this.settings = settings;
        this.tx = tx;
        this.gate = gate;
        this.credits = credits;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Queues an outbound AI call to a lead; the dispatcher places it with the agent's provider
     * right after the transaction commits.
     */
    @Transactional
    public Call place(PlaceCall command, @Nullable UUID actor) {
        LeadCalls.CallTarget target = leads.target(LeadId.of(command.leadId()));
        Caller caller = caller(command, new HashMap<>());
        Decision decision = gate.check(
                DialCandidate.ai(target.id(), target.phone(), target.timezone(), target.phoneRegion()),
                clock.instant(),
                null);
        if (!decision.allowed()) {
            throw new CallRefused(decision);
        }
        CallId id = CallId.generate();
        HoldResult.Held hold = hold(id);
        CallsRecord call =
                newCall(id, command, target, caller, hold, servers.best().orElse(null), actor);
        call.store();
        calls.recordEvent(new Calls.NewEvent(
                id,
                "status",
                CallStatus.QUEUED,
                true,
                actor == null ? "system" : "user",
                Instant.now(),
                null,
                Map.of()));
        afterCommit(dispatcher::wake);
        return calls.toCall(call);
    }

    /**
     * Queues many calls at once: a dialer's round. The caller has read each lead ({@code targets},
     * keyed by lead id) and checked it with the {@link CallingGate} in this same transaction, so
     * neither is done again here; agents and caller IDs are checked once each, credit is held in
     * one statement for as many calls, in order, as the balance covers, and the calls are written
     * in one batch. One answer per command, in order: a request whose agent or number cannot be
     * used, or that credit does not cover, is refused with the problem's code and changes nothing.
     */
    @Transactional
    public List<QueuedCall> placeAll(List<PlaceCall> commands, Map<LeadId, LeadCalls.CallTarget> targets) {
        Map<Object, Caller> callers = new HashMap<>();
        VoiceServer server = servers.best().orElse(null);
        QueuedCall[] answers = new QueuedCall[commands.size()];
        List<Integer> holdable = new ArrayList<>(commands.size());
        List<UUID> ids = new ArrayList<>(commands.size());
        Caller[] resolved = new Caller[commands.size()];
        for (int i = 0; i < commands.size(); i++) {
            PlaceCall command = commands.get(i);
            if (!targets.containsKey(LeadId.of(command.leadId()))) {
                throw new IllegalArgumentException("no target read for lead " + command.leadId());
            }
            try {
                resolved[i] = caller(command, callers);
                holdable.add(i);
                ids.add(CallId.generate().value());
            } catch (Problem unusable) {
                answers[i] = QueuedCall.refused(command.leadId(), unusable.code(), unusable.getMessage());
            }
        }
        List<HoldResult> holds = credits.holdAll(ids);
        List<CallsRecord> queued = new ArrayList<>(holds.size());
        for (int h = 0; h < holds.size(); h++) {
            int i = holdable.get(h);
            PlaceCall command = commands.get(i);
            switch (holds.get(h)) {
                case HoldResult.Held held -> {
                    LeadCalls.CallTarget target = targets.get(LeadId.of(command.leadId()));
                    CallsRecord call =
                            newCall(CallId.of(held.callId()), command, target, resolved[i], held, server, null);
                    queued.add(call);
                    answers[i] = QueuedCall.queued(command.leadId(), CallId.of(held.callId()));
                }
                case HoldResult.Refused refused ->
                    answers[i] = QueuedCall.refused(command.leadId(), refused.code(), INSUFFICIENT_CREDIT);
            }
        }
        calls.insertQueued(queued, "system", Instant.now());
        if (!queued.isEmpty()) {
            afterCommit(dispatcher::wake);
        }
        return List.of(answers);
    }

    /** The agent that talks and the number it calls from, checked. */
    private record Caller(AiAgentsRecord agent, ProviderKind provider, @Nullable PhoneNumbersRecord from) {}

    /** Resolves (once per agent and number in {@code known}) who calls; a Problem when unusable. */
    private Caller caller(PlaceCall command, Map<Object, Caller> known) {
        List<Object> key = Arrays.asList(command.aiAgentId(), command.fromNumberId());
        Caller cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        AiAgentsRecord agent = agent(command.aiAgentId());
        ProviderKind provider = ProviderKind.fromCode(agent.getProvider());
        if (!providers.has(provider)) {
            throw new InvalidInput(
                    "ai_agent_id", "provider_not_available", "this build has no " + provider + " adapter");
        }
        Caller caller =
                new Caller(agent, provider, callerId(command.fromNumberId(), provider, AiAgentId.of(agent.getId())));
        known.put(key, caller);
        return caller;
    }

    private CallsRecord newCall(
            CallId id,
            PlaceCall command,
            LeadCalls.CallTarget target,
            Caller caller,
            HoldResult.Held hold,
            @Nullable VoiceServer server,
            @Nullable UUID actor) {
        CallsRecord call = calls.newRecord();
        call.setOrganizationId(TenantContext.require().value());
        call.setId(id.value());
        call.setDirection(CallDirection.OUTBOUND.toString());
        call.setProvider(caller.provider().toString());
        call.setToNumber(target.phone());
        call.setFromNumber(caller.from() == null ? null : caller.from().getPhoneNumber());
        call.setPhoneNumberId(caller.from() == null ? null : caller.from().getId());
        call.setLeadId(target.id().value());
        call.setAiAgentId(caller.agent().getId());
        call.setUserId(actor);
        call.setCampaignId(command.campaignId());
        if (server != null) {
            call.setVoiceServerId(server.id().value());
        }
        call.setStatus(CallStatus.QUEUED.toString());
        call.setDispatchState("pending");
        Map<String, Object> metadata = new LinkedHashMap<>(command.metadata());
        metadata.putIfAbsent("lead_name", target.name());
        if (hold.ratePerMinute() > 0) {
            // The provider may end the call when the credit held for it runs out.
            metadata.put("max_duration_seconds", hold.covers().toSeconds());
        }
        call.setMetadata(calls.json().write(metadata));
        call.setCreatedBy(actor);
        return call;
    }

    @Transactional(readOnly = true)
    public CallDetail get(CallId id) {
        CallsRecord call = calls.find(id).orElseThrow(() -> new NotFound("call", id));
        return new CallDetail(calls.toCall(call), calls.events(id));
    }

    /** What a campaign's calls have cost so far, and how many are still on. */
    @Transactional(readOnly = true)
    public CampaignSpend campaignSpend(UUID campaignId) {
        return calls.campaignSpend(campaignId);
    }

    /** The calls among {@code ids} that exist, by id. */
    @Transactional(readOnly = true)
    public Map<CallId, Call> find(Collection<CallId> ids) {
        Map<CallId, Call> found = new HashMap<>();
        calls.findAll(ids.stream().map(CallId::value).toList()).forEach(c -> found.put(c.id(), c));
        return found;
    }

    @Transactional(readOnly = true)
    public CursorPage<Call> list(CallFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(calls.list(filter, CursorPage.after(cursor), size), size, c -> c.id().value());
    }

    /**
     * Ends a call. One not yet handed to its provider is canceled here; one in progress is hung up
     * at the provider, whose final webhook then ends it.
     */
    public Call hangup(CallId id) {
        CallsRecord call = tx.execute(status -> {
            CallsRecord locked = calls.lock(id).orElseThrow(() -> new NotFound("call", id));
            if (CallStatus.fromCode(locked.getStatus()).isTerminal()) {
                throw new Conflict("call_ended", "the call has already ended");
            }
            if ("pending".equals(locked.getDispatchState())) {
                locked.setDispatchState("none");
                progress.apply(locked, systemEnd(id, CallStatus.CANCELED, "canceled before dialling"), "user", null);
            }
            return locked;
        });
        if (call.getProviderCallId() != null && "sent".equals(call.getDispatchState())) {
            ProviderKind kind = ProviderKind.fromCode(call.getProvider());
            providers.get(kind).hangup(call.getProviderCallId(), tx.execute(s -> settings.account(kind)));
        }
        return tx.execute(status -> calls.toCall(calls.find(id).orElseThrow()));
    }

    /** Hands a call in progress to a human (see {@link LiveCalls#transfer}). */
    public Call transfer(CallId id, TransferTarget target) {
        return live.getObject().transfer(id, target);
    }

    private HoldResult.Held hold(CallId id) {
        return switch (credits.hold(id.value())) {
            case HoldResult.Held held -> held;
            case HoldResult.Refused refused ->
                throw new Conflict(
                        "insufficient_credit",
                        INSUFFICIENT_CREDIT,
                        Map.of("available", refused.available(), "required", refused.requested()));
        };
    }

    private AiAgentsRecord agent(@Nullable AiAgentId requested) {
        if (requested != null) {
            AiAgentsRecord agent = agents.findRecord(requested)
                    .orElseThrow(() -> new InvalidInput("ai_agent_id", "invalid_reference", "no such AI agent"));
            if (!agent.getActive() || !AgentType.CALL.toString().equals(agent.getAgentType())) {
                throw new InvalidInput("ai_agent_id", "agent_inactive", "the AI agent must be an active call agent");
            }
            return agent;
        }
        return agents.defaultCallAgent()
                .orElseThrow(() -> new InvalidInput(
                        "ai_agent_id", "no_ai_agent", "the organization has no active call agent; create one first"));
    }

    private @Nullable PhoneNumbersRecord callerId(
            @Nullable PhoneNumberId requested, ProviderKind provider, AiAgentId agent) {
        if (requested != null) {
            PhoneNumbersRecord number = numbers.findRecord(requested)
                    .orElseThrow(() -> new InvalidInput("from_number_id", "invalid_reference", "no such phone number"));
            if (!number.getActive() || !number.getProvider().equals(provider.toString())) {
                throw new InvalidInput(
                        "from_number_id",
                        "number_unusable",
                        "the number must be active and on the agent's provider (" + provider + ")");
            }
            return number;
        }
        PhoneNumbersRecord number = numbers.callerIdFor(provider, agent).orElse(null);
        if (number == null && provider != ProviderKind.SIMULATED) {
            throw new InvalidInput(
                    "from_number_id",
                    "no_caller_id",
                    "the organization has no active " + provider + " number to call from");
        }
        return number;
    }

    private static ProviderEvent systemEnd(CallId id, CallStatus status, String reason) {
        return ProviderEvent.builder("system:" + status + ":" + id, Instant.now())
                .status(status)
                .ended(0, reason)
                .build();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
