package io.switchboard.campaigns;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.campaigns.internal.CampaignFeed;
import io.switchboard.campaigns.internal.CampaignKinds;
import io.switchboard.campaigns.internal.Campaigns;
import io.switchboard.campaigns.internal.Members;
import io.switchboard.campaigns.internal.MessageRuns;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, starting, pausing and resuming campaigns. */
@Service
public class CampaignManagement {

    private static final Set<CampaignStatus> FINAL = Set.of(CampaignStatus.COMPLETED, CampaignStatus.CANCELED);

    private final Campaigns campaigns;
    private final Members members;
    private final CampaignFields fields;
    private final CampaignKinds kinds;
    private final MessageRuns runs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CampaignFeed feed;
    private final Clock clock;

    CampaignManagement(
            Campaigns campaigns,
            Members members,
            CampaignFields fields,
            CampaignKinds kinds,
            MessageRuns runs,
            AuditLog audit,
            ApplicationEventPublisher events,
            CampaignFeed feed,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.fields = fields;
        this.kinds = kinds;
        this.runs = runs;
        this.audit = audit;
        this.events = events;
        this.feed = feed;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CursorPage<Campaign> list(
            @Nullable CampaignStatus status, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(campaigns.list(status, CursorPage.after(cursor), size), size, c -> c.id().value());
    }

    @Transactional(readOnly = true)
    public Campaign get(CampaignId id) {
        return campaigns.toCampaign(record(id));
    }

    @Transactional
    public Campaign create(NewCampaign command, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.newRecord();
        r.setOrganizationId(TenantContext.require().value());
        r.setId(CampaignId.generate().value());
        r.setName(fields.name(command.name()));
        r.setDescription(blankToNull(command.description()));
        r.setCampaignType(orElse(command.type(), CampaignType.AI_CALLING).toString());
        kinds.created(r, command.templateId());
        kinds.check(r, given(command));
        r.setStatus(CampaignStatus.DRAFT.toString());
        r.setAiAgentId(fields.agent(command.aiAgentId()));
        r.setTeamId(fields.team(command.teamId()));
        r.setCallerNumberIds(fields.callerIds(command.callerNumberIds()));
        r.setCriteria(campaigns.write(orElse(command.criteria(), CampaignKinds.defaultCriteria(kinds.type(r)))));
        campaigns.schedule(r, orElse(command.schedule(), CampaignSchedule.always()));
        CampaignFields.budget(r, command.budgetMinor(), command.budgetCurrency());
        r.setGoals(campaigns.write(
                CampaignGoals.of(orElse(command.goals(), Map.of())).targets()));
        r.setMaxConcurrentCalls(CampaignFields.concurrency(orElse(command.maxConcurrentCalls(), 10)));
        r.setMaxAttempts(new RetryPolicy(orElse(command.maxAttempts(), 3), RetryDelays.DEFAULT).maxAttempts());
        campaigns.delays(r, orElse(command.retryDelays(), RetryDelays.DEFAULT));
        r.setDialOrder(orElse(command.dialOrder(), DialOrder.SCORE_DESC).toString());
        r.setCreatedBy(actor);
        CampaignFields.checkTeam(r);
        r.store();
        return campaigns.toCampaign(r);
    }

    /** Applies to the dialer's next round (it reads the campaign afresh each round); audited. */
    @Transactional
    public Campaign update(CampaignId id, CampaignChanges changes, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.lock(id).orElseThrow(() -> new NotFound("campaign", id));
        if (FINAL.contains(CampaignStatus.fromCode(r.getStatus()))) {
            throw new Conflict("campaign_finished", "a " + r.getStatus() + " campaign can no longer be changed");
        }
        Map<String, Object> before = CampaignFields.audited(campaigns.toCampaign(r));
        apply(r, changes);
        r.store();
        Campaign updated = campaigns.toCampaign(r);
        Map<String, Object> after = CampaignFields.audited(updated);
        if (CampaignFields.keepChanged(before, after)) {
            audit.record(
                    withActor(AuditRecord.of("campaign.updated", "campaign", id).values(before, after), actor));
        }
        feed.changed(r.getOrganizationId(), id);
        return updated;
    }

    private void apply(CampaignsRecord r, CampaignChanges changes) {
        Patches.require(changes.name(), "name", v -> r.setName(fields.name(v)));
        Patches.apply(changes.description(), v -> r.setDescription(blankToNull(v)));
        kinds.patch(r, changes.type(), changes.templateId());
        Patches.apply(changes.aiAgentId(), v -> r.setAiAgentId(fields.agent(v)));
        Patches.apply(changes.teamId(), v -> r.setTeamId(fields.team(v)));
        Patches.apply(changes.callerNumberIds(), v -> r.setCallerNumberIds(fields.callerIds(v)));
        Patches.apply(
                changes.criteria(),
                v -> r.setCriteria(campaigns.write(orElse(v, CampaignKinds.defaultCriteria(kinds.type(r))))));
        Patches.apply(changes.schedule(), v -> campaigns.schedule(r, orElse(v, CampaignSchedule.always())));
        Patches.apply(changes.budgetMinor(), v -> CampaignFields.budget(r, v, r.getBudgetCurrency()));
        Patches.apply(changes.budgetCurrency(), v -> CampaignFields.budget(r, r.getBudgetMinor(), v));
        Patches.apply(
                changes.goals(),
                v -> r.setGoals(
                        campaigns.write(CampaignGoals.of(orElse(v, Map.of())).targets())));
        Patches.require(
                changes.maxConcurrentCalls(),
                "max_concurrent_calls",
                v -> r.setMaxConcurrentCalls(CampaignFields.concurrency(v)));
        Patches.require(
                changes.maxAttempts(),
                "max_attempts",
                v -> r.setMaxAttempts(new RetryPolicy(v, RetryDelays.DEFAULT).maxAttempts()));
        Patches.require(changes.retryDelays(), "retry_delays", v -> campaigns.delays(r, v));
        Patches.require(changes.dialOrder(), "dial_order", v -> r.setDialOrder(v.toString()));
        CampaignFields.checkTeam(r);
        kinds.check(r, given(changes));
    }

    private static java.util.Set<String> given(CampaignChanges c) {
        return CampaignKinds.given(
                c.aiAgentId(),
                c.teamId(),
                c.callerNumberIds(),
                c.maxConcurrentCalls(),
                c.maxAttempts(),
                c.retryDelays(),
                c.budgetMinor(),
                c.budgetCurrency(),
                c.goals());
    }

    private static java.util.Set<String> given(NewCampaign c) {
        return CampaignKinds.given(
                c.aiAgentId(),
                c.teamId(),
                c.callerNumberIds(),
                c.maxConcurrentCalls(),
                c.maxAttempts(),
                c.retryDelays(),
                c.budgetMinor(),
                c.budgetCurrency(),
                c.goals());
    }

    /** Soft delete: the campaign disappears and stops; its calls keep their campaign id. */
    @Transactional
    public void delete(CampaignId id, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.lock(id).orElseThrow(() -> new NotFound("campaign", id));
        if (!FINAL.contains(CampaignStatus.fromCode(r.getStatus()))) {
            r.setStatus(CampaignStatus.CANCELED.toString());
        }
        r.setDeletedAt(OffsetDateTime.now(clock));
        r.store();
        audit.record(withActor(AuditRecord.of("campaign.deleted", "campaign", id), actor));
    }

    /** Draft or scheduled → active (or scheduled while its start date is ahead). */
    @Transactional
    public Campaign start(CampaignId id, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.lock(id).orElseThrow(() -> new NotFound("campaign", id));
        CampaignStatus status = CampaignStatus.fromCode(r.getStatus());
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.SCHEDULED) {
            throw new Conflict(
                    "invalid_transition",
                    "only a draft or scheduled campaign can be started; this one is " + status
                            + (status == CampaignStatus.PAUSED ? " (resume it instead)" : ""));
        }
        if (CampaignType.fromCode(r.getCampaignType()) == CampaignType.HUMAN_CALLING) {
            throw new Conflict(
                    "not_dialable",
                    "the dialer places AI calls; a human_calling campaign is worked by its team from the member list");
        }
        if (!members.any(r.getId())) {
            throw new Conflict("no_members", "add members (lead_ids or criteria) before starting the campaign");
        }
        runs.ready(r);
        Campaign started =
                transition(r, ready(r), new CampaignStarted(r.getOrganizationId(), id), "campaign.started", actor);
        runs.start(r);
        return started;
    }

    @Transactional
    public Campaign pause(CampaignId id, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.lock(id).orElseThrow(() -> new NotFound("campaign", id));
        CampaignStatus status = CampaignStatus.fromCode(r.getStatus());
        if (status != CampaignStatus.ACTIVE && status != CampaignStatus.SCHEDULED) {
            throw new Conflict(
                    "invalid_transition", "only an active or scheduled campaign can be paused; this one is " + status);
        }
        return transition(
                r, CampaignStatus.PAUSED, new CampaignPaused(r.getOrganizationId(), id), "campaign.paused", actor);
    }

    @Transactional
    public Campaign resume(CampaignId id, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.lock(id).orElseThrow(() -> new NotFound("campaign", id));
        CampaignStatus status = CampaignStatus.fromCode(r.getStatus());
        if (status != CampaignStatus.PAUSED) {
            throw new Conflict("invalid_transition", "only a paused campaign can be resumed; this one is " + status);
        }
        runs.ready(r);
        Campaign resumed =
                transition(r, ready(r), new CampaignResumed(r.getOrganizationId(), id), "campaign.resumed", actor);
        runs.start(r);
        return resumed;
    }

    private CampaignStatus ready(CampaignsRecord r) {
        return campaigns.schedule(r).startsLater(clock.instant()) ? CampaignStatus.SCHEDULED : CampaignStatus.ACTIVE;
    }

    private Campaign transition(
            CampaignsRecord r, CampaignStatus to, Object event, String action, @Nullable UUID actor) {
        campaigns.setStatus(r, to, clock.instant());
        events.publishEvent(event);
        audit.record(withActor(
                AuditRecord.of(action, "campaign", r.getId()).values(null, Map.of("status", to.toString())), actor));
        feed.changed(r.getOrganizationId(), CampaignId.of(r.getId()));
        return campaigns.toCampaign(r);
    }

    CampaignsRecord record(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
    }

    private static AuditRecord withActor(AuditRecord record, @Nullable UUID actor) {
        return actor == null ? record : record.by(actor);
    }

    private static <T> T orElse(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
