package io.switchboard.telephony.internal.webhooks;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.InboundCallReceived;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.provider.ProviderEvent;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Finds, and locks, the call a provider event is about: by Switchboard's own id when the provider
 * echoes it (or the webhook URL carries it), else by the provider's call or execution id. An event
 * for an unknown inbound call creates the call, links or creates the caller's lead, and says so
 * ({@link InboundCallReceived}: routing queues it when the number answers into a queue).
 */
@Component
class CallLocator {

    private final Calls calls;
    private final Numbers numbers;
    private final LeadCalls leads;
    private final ApplicationEventPublisher events;

    CallLocator(Calls calls, Numbers numbers, LeadCalls leads, ApplicationEventPublisher events) {
        this.calls = calls;
        this.numbers = numbers;
        this.leads = leads;
        this.events = events;
    }

    /** Switchboard's own id of the event's call, when the provider echoes it or the webhook URL carries it. */
    static @Nullable UUID reference(ProviderEvent event, @Nullable UUID hint) {
        return event.callReference() != null ? event.callReference() : hint;
    }

    /** The calls with these ids, locked at once in id order (see {@link #reference}). */
    Map<UUID, CallsRecord> lockNamed(Collection<UUID> ids) {
        return calls.lockAll(ids);
    }

    Optional<CallsRecord> lockFor(ProviderKind provider, ProviderEvent event, @Nullable UUID hint) {
        UUID reference = reference(event, hint);
        if (reference != null) {
            Optional<CallsRecord> call = calls.lock(CallId.of(reference));
            if (call.isPresent() && call.get().getProvider().equals(provider.toString())) {
                return call;
            }
        }
        if (event.providerCallId() != null) {
            Optional<CallsRecord> call = calls.lockByProviderId(provider, event.providerCallId());
            if (call.isPresent()) {
                return call;
            }
        }
        if (event.providerExecutionId() != null) {
            Optional<CallsRecord> call = calls.lockByExecutionId(provider, event.providerExecutionId());
            if (call.isPresent()) {
                return call;
            }
        }
        if (event.direction() == CallDirection.INBOUND
                && event.providerCallId() != null
                && event.from() != null
                && event.to() != null) {
            return Optional.of(inbound(provider, event));
        }
        return Optional.empty();
    }

    private CallsRecord inbound(ProviderKind provider, ProviderEvent event) {
        CallsRecord call = calls.newRecord();
        CallId id = CallId.generate();
        call.setOrganizationId(TenantContext.require().value());
        call.setId(id.value());
        call.setDirection(CallDirection.INBOUND.toString());
        call.setProvider(provider.toString());
        call.setProviderCallId(event.providerCallId());
        call.setProviderExecutionId(event.providerExecutionId());
        call.setFromNumber(event.from());
        call.setToNumber(event.to());
        call.setStatus(CallStatus.QUEUED.toString());
        call.setDispatchState("none");
        call.setQueuedAt(event.occurredAt().atOffset(ZoneOffset.UTC));
        call.setMetadata(calls.json().write(Map.of()));
        numbers.byNumber(event.to()).flatMap(numbers::findRecord).ifPresent(number -> {
            call.setPhoneNumberId(number.getId());
            call.setAiAgentId(number.getAssignedAiAgentId());
            call.setUserId(number.getAssignedUserId());
        });
        if (!calls.insertIfAbsent(call)) {
            // Another event of the same new call created it first.
            return calls.lockByProviderId(provider, event.providerCallId()).orElseThrow();
        }
        CallsRecord created = calls.lock(id).orElseThrow();
        LeadCalls.Caller caller = leads.matchCaller(event.from(), id.value());
        created.setLeadId(caller.id().value());
        created.store();
        calls.recordEvent(new Calls.NewEvent(
                id,
                "status",
                CallStatus.QUEUED,
                true,
                "provider",
                event.occurredAt(),
                null,
                Map.of("inbound", true, "lead_created", caller.created())));
        return announced(created, event);
    }

    /** The new inbound call, once said (routing puts it into the queue its number answers into). */
    private CallsRecord announced(CallsRecord created, ProviderEvent event) {
        events.publishEvent(new InboundCallReceived(
                created.getOrganizationId(),
                CallId.of(created.getId()),
                created.getLeadId(),
                created.getPhoneNumberId() == null ? null : PhoneNumberId.of(created.getPhoneNumberId()),
                event.occurredAt()));
        return created;
    }
}
