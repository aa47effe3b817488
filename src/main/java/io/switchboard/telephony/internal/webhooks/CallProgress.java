package io.switchboard.telephony.internal.webhooks;

import io.switchboard.billing.Credits;
import io.switchboard.billing.MinuteRounding;
import io.switchboard.compliance.DncSource;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.leads.LeadId;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallAnswered;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallEnded;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallLifecycle;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.CallTransferred;
import io.switchboard.telephony.CallerRequestedNoMoreCalls;
import io.switchboard.telephony.TranscriptReceived;
import io.switchboard.telephony.internal.Calls;
import io.switchboard.telephony.provider.ProviderEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies what is learnt about a call (a provider event, or the system's own decision) to the
 * locked call row: the status moves forward only ({@link CallLifecycle}), late reports fill gaps
 * without moving it back, and the end of a call is announced exactly once.
 */
@Component
public class CallProgress {

    private final Calls calls;
    private final LeadCalls leads;
    private final ApplicationEventPublisher events;
    private final RealtimeHub hub;
    private final Credits credits;
    private final DoNotCall doNotCall;
    private final WebhookEvents webhooks;

    CallProgress(
            Calls calls,
            LeadCalls leads,
            ApplicationEventPublisher events,
            RealtimeHub hub,
            Credits credits,
            DoNotCall doNotCall,
            WebhookEvents webhooks) {
        this.calls = calls;
        this.leads = leads;
        this.events = events;
        this.hub = hub;
        this.credits = credits;
        this.doNotCall = doNotCall;
        this.webhooks = webhooks;
    }

    /** A batch of writes for {@link #apply(CallsRecord, ProviderEvent, String, UUID, CallWrites)}. */
    CallWrites writes() {
        return new CallWrites(calls, leads, credits, webhooks);
    }

    /**
     * @param source provider, system or user
     * @param webhookEvent the stored webhook the event came from, if any
     */
    public void apply(CallsRecord call, ProviderEvent event, String source, @Nullable UUID webhookEvent) {
        CallWrites writes = writes();
        apply(call, event, source, webhookEvent, writes);
        writes.flushChargingAtCommit();
    }

    /**
     * The same, gathering the writes in {@code writes} (flushed by the caller before the commit),
     * so that many events are applied in a few statements. Events of the same call must be applied
     * to the same record ({@link CallWrites#current}).
     */
    void apply(CallsRecord call, ProviderEvent event, String source, @Nullable UUID webhookEvent, CallWrites writes) {
        writes.touched(call);
        CallId id = CallId.of(call.getId());
        CallStatus before = CallStatus.fromCode(call.getStatus());
        if (event.providerCallId() != null && call.getProviderCallId() == null) {
            call.setProviderCallId(event.providerCallId());
        }
        if (event.providerExecutionId() != null && call.getProviderExecutionId() == null) {
            call.setProviderExecutionId(event.providerExecutionId());
        }
        if (event.recordingUrl() != null && call.getRecordingUrl() == null) {
            call.setRecordingUrl(event.recordingUrl());
            if (event.status() == null) {
                writes.history(new Calls.NewEvent(
                        id, "recording", null, true, source, event.occurredAt(), webhookEvent, Map.of()));
            }
        }
        // A transfer first: a call that ends in the same event ends as transferred.
        if (event.transfer() != null) {
            transfer(call, event, source, webhookEvent, writes);
        }
        if (event.status() != null) {
            status(call, event, source, webhookEvent, writes);
        }
        if (event.transcript() != null) {
            writes.history(new Calls.NewEvent(
                    id,
                    "transcript",
                    null,
                    true,
                    source,
                    event.occurredAt(),
                    webhookEvent,
                    Map.of("segments", event.transcript().segments().size())));
            events.publishEvent(new TranscriptReceived(
                    call.getOrganizationId(),
                    id,
                    call.getLeadId(),
                    call.getAiAgentId() == null ? null : AiAgentId.of(call.getAiAgentId()),
                    event.transcript().language(),
                    event.transcript().segments()));
        }
        if (event.doNotCallRequested()) {
            String phone = "inbound".equals(call.getDirection()) ? call.getFromNumber() : call.getToNumber();
            if (phone != null) {
                doNotCall.add(phone, "asked not to be called again during call " + id, DncSource.CALL_REQUEST);
                events.publishEvent(
                        new CallerRequestedNoMoreCalls(call.getOrganizationId(), id, call.getLeadId(), phone));
            }
        }
        CallStatus after = CallStatus.fromCode(call.getStatus());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("status", after.toString());
        data.put("changed", before != after);
        if (call.getLeadId() != null) {
            data.put("lead_id", call.getLeadId().toString());
        }
        hub.publish(call.getOrganizationId(), "calls", "call.updated", data);
        hub.publish(call.getOrganizationId(), "call:" + id, "call.updated", data);
    }

    private void status(
            CallsRecord call, ProviderEvent event, String source, @Nullable UUID webhookEvent, CallWrites writes) {
        CallId id = CallId.of(call.getId());
        CallStatus current = CallStatus.fromCode(call.getStatus());
        CallStatus reported = event.status();
        OffsetDateTime at = event.occurredAt().atOffset(ZoneOffset.UTC);
        boolean applied = CallLifecycle.next(current, reported) instanceof CallLifecycle.Advance;
        if (applied) {
            call.setStatus(reported.toString());
        }
        // Timestamps of stages reported late still fill in, without moving the status back.
        if (reported == CallStatus.RINGING && call.getRingingAt() == null) {
            call.setRingingAt(at);
        }
        if (reported == CallStatus.IN_PROGRESS && call.getAnsweredAt() == null) {
            call.setAnsweredAt(at);
        }
        if (reported.isTerminal()) {
            fillEnd(call, event, at);
        }
        writes.history(new Calls.NewEvent(
                id, "status", reported, applied, source, event.occurredAt(), webhookEvent, details(event)));
        if (!applied) {
            return;
        }
        if (reported == CallStatus.IN_PROGRESS) {
            events.publishEvent(new CallAnswered(
                    call.getOrganizationId(), id, call.getLeadId(), call.getCampaignId(), event.occurredAt()));
        }
        if (reported.isTerminal()) {
            ended(call, reported, writes);
        }
    }

    private static void fillEnd(CallsRecord call, ProviderEvent event, OffsetDateTime at) {
        if (call.getEndedAt() == null) {
            call.setEndedAt(at);
        }
        if (event.durationSeconds() != null && call.getDurationSeconds() == null) {
            call.setDurationSeconds(Math.max(0, event.durationSeconds()));
        }
        if (event.status() == CallStatus.COMPLETED
                && call.getAnsweredAt() == null
                && call.getDurationSeconds() != null) {
            call.setAnsweredAt(call.getEndedAt().minusSeconds(call.getDurationSeconds()));
        }
        if (call.getDurationSeconds() == null) {
            call.setDurationSeconds(
                    call.getAnsweredAt() == null
                            ? 0
                            : (int) Math.max(
                                    0,
                                    Duration.between(call.getAnsweredAt(), call.getEndedAt())
                                            .toSeconds()));
        }
        if (event.hangupReason() != null && call.getHangupReason() == null) {
            call.setHangupReason(truncate(event.hangupReason(), 300));
        }
        if (event.cost() != null && call.getCostMinor() == null) {
            call.setCostMinor(event.cost().amountMinor());
            call.setCostCurrency(event.cost().currency());
        }
    }

    private void ended(CallsRecord call, CallStatus status, CallWrites writes) {
        CallId id = CallId.of(call.getId());
        Instant endedAt = call.getEndedAt().toInstant();
        boolean transferred = call.getTransferType() != null;
        events.publishEvent(new CallEnded(
                call.getOrganizationId(),
                id,
                call.getLeadId(),
                call.getCampaignId(),
                call.getAiAgentId() == null ? null : AiAgentId.of(call.getAiAgentId()),
                CallDirection.fromCode(call.getDirection()),
                status,
                call.getAnsweredAt() == null ? null : call.getAnsweredAt().toInstant(),
                endedAt,
                call.getDurationSeconds(),
                transferred,
                call.getHangupReason()));
        if (call.getLeadId() != null) {
            writes.outcome(new LeadCalls.CallOutcome(
                    LeadId.of(call.getLeadId()),
                    id.value(),
                    call.getDirection(),
                    status.toString(),
                    status.isConversation() || transferred,
                    transferred,
                    call.getDurationSeconds(),
                    endedAt));
        }
        charge(call, status, writes);
    }

    /**
     * A conversation is charged by the started minute; anything else gives its hold back. A duration
     * beyond the longest chargeable one (clocks out of step) is charged as that, so the call still
     * ends. The charge is made with the other writes' last ({@link CallWrites}).
     */
    private static void charge(CallsRecord call, CallStatus status, CallWrites writes) {
        int seconds = Math.min(call.getDurationSeconds() == null ? 0 : call.getDurationSeconds(), (int)
                MinuteRounding.LONGEST_CALL.toSeconds());
        boolean talked = (status == CallStatus.COMPLETED || status == CallStatus.VOICEMAIL) && seconds > 0;
        writes.charge(new Credits.CallUsage(call.getId(), talked ? Duration.ofSeconds(seconds) : null));
    }

    private void transfer(
            CallsRecord call, ProviderEvent event, String source, @Nullable UUID webhookEvent, CallWrites writes) {
        ProviderEvent.Transfer transfer = event.transfer();
        CallId id = CallId.of(call.getId());
        boolean first = call.getTransferType() == null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", transfer.type().toString());
        putIfPresent(details, "reason", transfer.reason());
        putIfPresent(details, "department", transfer.department());
        putIfPresent(details, "to", transfer.to());
        writes.history(
                new Calls.NewEvent(id, "transfer", null, first, source, event.occurredAt(), webhookEvent, details));
        if (!first) {
            return;
        }
        call.setTransferType(transfer.type().toString());
        call.setTransferReason(truncate(transfer.reason(), 500));
        call.setTransferDepartment(truncate(transfer.department(), 100));
        call.setTransferTo(truncate(transfer.to(), 200));
        call.setTransferredAt(event.occurredAt().atOffset(ZoneOffset.UTC));
        Call.Transfer recorded = new Call.Transfer(
                transfer.type(),
                call.getTransferReason(),
                call.getTransferDepartment(),
                call.getTransferTo(),
                event.occurredAt());
        events.publishEvent(
                new CallTransferred(call.getOrganizationId(), id, call.getLeadId(), call.getCampaignId(), recorded));
        if (call.getLeadId() != null) {
            leads.recordTransfer(
                    LeadId.of(call.getLeadId()),
                    id.value(),
                    transfer.type().toString(),
                    call.getTransferReason(),
                    call.getTransferDepartment(),
                    event.occurredAt());
        }
    }

    private static Map<String, Object> details(ProviderEvent event) {
        Map<String, Object> details = new LinkedHashMap<>(event.details());
        putIfPresent(details, "hangup_reason", event.hangupReason());
        if (event.durationSeconds() != null) {
            details.put("duration_seconds", event.durationSeconds());
        }
        return details;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
