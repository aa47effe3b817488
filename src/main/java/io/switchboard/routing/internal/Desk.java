package io.switchboard.routing.internal;

import io.switchboard.compliance.Consents;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.db.tables.records.ReservationsRecord;
import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.routing.CallLine;
import io.switchboard.routing.Disposition;
import io.switchboard.routing.MyWork;
import io.switchboard.routing.MyWork.LeadCard;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkStatus;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An agent's desk as data (offers with the lead's card, work in progress) and works as the API shows them. */
@Component
public class Desk {

    private final WorkStore work;
    private final QueueStore queues;
    private final LeadDirectory leads;
    private final DoNotCall doNotCall;
    private final Consents consents;
    private final QueueVisits visits;

    Desk(
            WorkStore work,
            QueueStore queues,
            LeadDirectory leads,
            DoNotCall doNotCall,
            Consents consents,
            QueueVisits visits) {
        this.work = work;
        this.visits = visits;
        this.queues = queues;
        this.leads = leads;
        this.doNotCall = doNotCall;
        this.consents = consents;
    }

    public MyWork of(UserId agent) {
        List<ReservationsRecord> offers = work.offersTo(agent);
        List<WorkItemsRecord> assigned = work.assignedTo(agent);
        Map<UUID, WorkItemsRecord> offered =
                work.byIds(offers.stream().map(ReservationsRecord::getWorkId).toList()).stream()
                        .collect(Collectors.toMap(WorkItemsRecord::getId, Function.identity()));
        List<WorkItemsRecord> all = new ArrayList<>(offered.values());
        all.addAll(assigned);
        Map<UUID, RoutingQueuesRecord> queueById = queues.byIds(
                all.stream().map(WorkItemsRecord::getQueueId).distinct().toList());
        Map<UUID, LeadCard> cards = cards(all);
        List<MyWork.Offer> offerList = offers.stream()
                .filter(r -> offered.containsKey(r.getWorkId()))
                .map(r -> offer(r, offered.get(r.getWorkId()), queueById, cards))
                .toList();
        List<MyWork.Item> items = assigned.stream()
                .map(w -> new MyWork.Item(
                        WorkId.of(w.getId()),
                        WorkKind.fromCode(w.getKind()),
                        queueById.get(w.getQueueId()).getName(),
                        w.getAssignedAt().toInstant(),
                        card(cards, w),
                        CallLine.fromNullable(w.getLine())))
                .toList();
        return new MyWork(offerList, items);
    }

    private static MyWork.Offer offer(
            ReservationsRecord r,
            WorkItemsRecord w,
            Map<UUID, RoutingQueuesRecord> queueById,
            Map<UUID, LeadCard> cards) {
        return new MyWork.Offer(
                ReservationId.of(r.getId()),
                WorkId.of(w.getId()),
                WorkKind.fromCode(w.getKind()),
                queueById.get(w.getQueueId()).getName(),
                r.getExpiresAt().toInstant(),
                card(cards, w));
    }

    /** Stores a new waiting work, which enters its queue now. */
    public Work insert(QueueId queue, NewWork command, Instant now) {
        WorkItemsRecord w = work.newRecord();
        w.setOrganizationId(TenantContext.require().value());
        w.setId(WorkId.generate().value());
        w.setQueueId(queue.value());
        w.setKind(command.kind().toString());
        w.setLeadId(command.leadId() == null ? null : command.leadId().value());
        w.setCallId(command.callId());
        w.setPriority(command.priority());
        w.setRequiredSkills(queues.write(command.requiredSkills()));
        w.setDueAt(command.dueAt() == null ? null : AgentStore.at(command.dueAt()));
        w.setCreatedAt(AgentStore.at(now));
        w.store();
        int sla = queues.find(queue).map(RoutingQueuesRecord::getSlaSeconds).orElse(0);
        visits.entered(WorkId.of(w.getId()), queue, now, sla);
        return toWork(w, List.of());
    }

    /** The queue's work nobody has accepted yet, each with every decision about it. */
    public List<Work> openIn(QueueId queue, int limit) {
        List<WorkItemsRecord> open = work.openIn(queue, limit);
        Map<UUID, List<Work.Decision>> decisions =
                work.decisions(open.stream().map(WorkItemsRecord::getId).toList());
        return open.stream()
                .map(w -> toWork(w, decisions.getOrDefault(w.getId(), List.of())))
                .toList();
    }

    /** The work with every decision about it. */
    public Optional<Work> work(WorkId id) {
        return work.find(id).map(w -> toWork(w, work.decisions(id)));
    }

    private Map<UUID, LeadCard> cards(List<WorkItemsRecord> works) {
        List<UUID> ids = works.stream()
                .map(WorkItemsRecord::getLeadId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Lead> found = leads.get(ids);
        Set<LeadId> consented =
                consents.withConsent(found.stream().map(Lead::id).toList());
        return found.stream()
                .collect(Collectors.toMap(
                        l -> l.id().value(), l -> card(l, listed(l), consented.contains(l.id())), (a, b) -> a));
    }

    /** A number the list cannot read is not on it (the dialer's gate refuses it anyway). */
    private boolean listed(Lead lead) {
        if (lead.phone() == null) {
            return false;
        }
        try {
            return doNotCall.isListed(lead.phone());
        } catch (InvalidInput e) {
            return false;
        }
    }

    private static @Nullable LeadCard card(Map<UUID, LeadCard> cards, WorkItemsRecord w) {
        return w.getLeadId() == null ? null : cards.get(w.getLeadId());
    }

    private static LeadCard card(Lead l, boolean doNotCall, boolean consent) {
        Lead.Calling calling = l.calling();
        return new LeadCard(
                l.id().value(),
                l.name(),
                l.score(),
                l.temperature().toString(),
                l.company(),
                l.phone(),
                l.timezone(),
                l.status().toString(),
                calling.lastCalledAt(),
                calling.lastCallId() == null ? null : calling.status().toString(),
                calling.lastCallId(),
                doNotCall,
                consent);
    }

    private Work toWork(WorkItemsRecord w, List<Work.Decision> decisions) {
        return new Work(
                WorkId.of(w.getId()),
                QueueId.of(w.getQueueId()),
                WorkKind.fromCode(w.getKind()),
                w.getLeadId(),
                w.getCallId(),
                w.getPriority(),
                queues.skills(w.getRequiredSkills()),
                instant(w.getDueAt()),
                WorkStatus.fromCode(w.getStatus()),
                w.getAgentId() == null ? null : UserId.of(w.getAgentId()),
                Objects.requireNonNull(instant(w.getCreatedAt())),
                instant(w.getAssignedAt()),
                instant(w.getCompletedAt()),
                w.getDisposition() == null ? null : Disposition.fromCode(w.getDisposition()),
                w.getDispositionNote(),
                CallLine.fromNullable(w.getLine()),
                decisions);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
