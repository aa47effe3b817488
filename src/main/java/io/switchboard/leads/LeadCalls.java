package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.CallRecords;
import io.switchboard.leads.internal.Leads;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What telephony needs from leads and tells them: whom to dial for a lead, which lead an inbound
 * caller is, and how each call ended (status, unanswered attempts, transfers, timeline).
 */
@Service
public class LeadCalls {

    private final Leads leads;
    private final CallRecords records;
    private final Activities activities;
    private final LeadManagement management;
    private final ApplicationEventPublisher events;

    LeadCalls(
            Leads leads,
            CallRecords records,
            Activities activities,
            LeadManagement management,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.records = records;
        this.activities = activities;
        this.management = management;
        this.events = events;
    }

    /** A lead that can be called: live, with a phone number. */
    public record CallTarget(
            LeadId id, String name, String phone, @Nullable String phoneRegion, @Nullable String timezone) {}

    /** The inbound caller's lead, and whether this call created it. */
    public record Caller(LeadId id, boolean created) {}

    /**
     * @param callStatus the call's final status code (completed, no_answer, busy, failed, voicemail,
     *     canceled)
     * @param connected whether a person spoke with the lead
     * @param transferred whether the call was handed to a human
     */
    public record CallOutcome(
            LeadId leadId,
            UUID callId,
            String direction,
            String callStatus,
            boolean connected,
            boolean transferred,
            @Nullable Integer durationSeconds,
            Instant endedAt) {}

    @Transactional(readOnly = true)
    public CallTarget target(LeadId id) {
        Lead lead = leads.findRecord(id).map(leads::toLead).orElseThrow(() -> new NotFound("lead", id));
        if (lead.isDeleted()) {
            throw new InvalidInput("lead_id", "lead_deleted", "this lead is deleted; restore it before calling");
        }
        if (lead.phone() == null) {
            throw new InvalidInput("lead_id", "lead_without_phone", "this lead has no phone number to call");
        }
        return new CallTarget(lead.id(), lead.name(), lead.phone(), lead.phoneRegion(), lead.timezone());
    }

    /**
     * The callable leads among these (live, with a phone number), in one query; the others are
     * missing from the answer.
     */
    @Transactional(readOnly = true)
    public Map<LeadId, CallTarget> targets(java.util.Collection<LeadId> ids) {
        Map<LeadId, CallTarget> targets = new java.util.HashMap<>();
        for (Lead lead : leads.byIds(ids.stream().map(LeadId::value).toList())) {
            if (!lead.isDeleted() && lead.phone() != null) {
                targets.put(
                        lead.id(),
                        new CallTarget(lead.id(), lead.name(), lead.phone(), lead.phoneRegion(), lead.timezone()));
            }
        }
        return targets;
    }

    /**
     * The live lead with this number, else a new lead (source inbound_call) that remembers the call
     * that created it (seed 004: auto-created contacts).
     */
    @Transactional
    public Caller matchCaller(String phone, UUID callId) {
        var existing = records.byPhone(phone);
        if (existing.isPresent()) {
            return new Caller(existing.get(), false);
        }
        NewLead unknown = new NewLead(
                "Caller " + phone,
                null,
                phone,
                null,
                null,
                null,
                LeadSource.INBOUND_CALL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                true);
        Lead lead = management.create(unknown, null);
        leads.findRecord(lead.id()).ifPresent(r -> {
            r.setSourceCallId(callId);
            r.store();
        });
        return new Caller(lead.id(), true);
    }

    /**
     * Stores several finished calls' outcomes in a few statements (in order: a lead's outcomes apply
     * one after the other), each with its timeline entry; a lead's first conversation moves it from
     * new to contacted.
     */
    @Transactional
    public void recordOutcomes(List<CallOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        List<CallRecords.Outcome> rows = outcomes.stream()
                .map(o -> new CallRecords.Outcome(
                        o.leadId(),
                        o.callId(),
                        o.transferred() ? Lead.CallStatus.TRANSFERRED : leadStatusOf(o.callStatus()),
                        o.connected(),
                        o.endedAt()))
                .toList();
        Set<LeadId> existing = records.recordOutcomes(rows);
        List<Activities.NewActivity> timeline = new ArrayList<>();
        Map<LeadId, Instant> connected = new LinkedHashMap<>();
        for (CallOutcome outcome : outcomes) {
            if (!existing.contains(outcome.leadId())) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("call_id", outcome.callId().toString());
            details.put("direction", outcome.direction());
            details.put("status", outcome.callStatus());
            if (outcome.durationSeconds() != null) {
                details.put("duration_seconds", outcome.durationSeconds());
            }
            timeline.add(new Activities.NewActivity(
                    outcome.leadId(), ActivityKind.CALL, summary(outcome), details, outcome.endedAt()));
            if (outcome.connected()) {
                connected.putIfAbsent(outcome.leadId(), outcome.endedAt());
            }
        }
        Set<LeadId> contacted = connected.isEmpty() ? Set.of() : records.markContacted(connected.keySet());
        for (LeadId lead : contacted) {
            timeline.add(new Activities.NewActivity(
                    lead,
                    ActivityKind.STATUS_CHANGED,
                    "Status: new → contacted (after a call)",
                    Map.of("from", "new", "to", "contacted"),
                    connected.get(lead)));
        }
        activities.recordAll(timeline);
        for (LeadId lead : contacted) {
            events.publishEvent(new LeadStatusChanged(
                    TenantContext.require().value(), lead, LeadStatus.NEW, LeadStatus.CONTACTED, null));
        }
    }

    /** A call handed the lead to a human (seed 003: warm or cold, with reason and department). */
    @Transactional
    public void recordTransfer(
            LeadId lead, UUID callId, String type, @Nullable String reason, @Nullable String department, Instant at) {
        if (!records.markTransferred(lead, callId, at)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("call_id", callId.toString());
        details.put("type", type);
        if (reason != null) {
            details.put("reason", reason);
        }
        if (department != null) {
            details.put("department", department);
        }
        String summary = "Transferred to a human (" + type + ")"
                + (department == null ? "" : " — " + department)
                + (reason == null ? "" : ": " + reason);
        activities.record(lead, ActivityKind.TRANSFERRED, null, summary, details, at);
    }

    static Lead.CallStatus leadStatusOf(String callStatus) {
        return switch (callStatus) {
            case "completed" -> Lead.CallStatus.CALLED;
            case "voicemail" -> Lead.CallStatus.VOICEMAIL;
            case "busy" -> Lead.CallStatus.BUSY;
            case "no_answer" -> Lead.CallStatus.NO_ANSWER;
            default -> Lead.CallStatus.FAILED;
        };
    }

    private static String summary(CallOutcome outcome) {
        String direction = "inbound".equals(outcome.direction()) ? "Inbound call" : "Call";
        String what =
                switch (outcome.callStatus()) {
                    case "completed" -> "completed";
                    case "no_answer" -> "not answered";
                    case "busy" -> "busy";
                    case "voicemail" -> "reached voicemail";
                    case "canceled" -> "canceled";
                    default -> "failed";
                };
        String length = outcome.durationSeconds() == null || outcome.durationSeconds() == 0
                ? ""
                : " (" + format(Duration.ofSeconds(outcome.durationSeconds())) + ")";
        return direction + " " + what + length;
    }

    private static String format(Duration duration) {
        return duration.toMinutes() + ":" + String.format("%02d", duration.toSecondsPart());
    }
}
