package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGNS;
import static io.switchboard.db.Tables.ORGANIZATIONS_WITH_CAMPAIGN_WORK;

import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.RetryDelays;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.leads.LeadFilter;
import io.switchboard.shared.JsonColumns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The campaigns table. Deleted campaigns are invisible here. */
@Repository("callingCampaigns") // "campaigns" is the marketing campaigns of sources
public class Campaigns {

    private final DSLContext db;
    private final JsonColumns json;

    Campaigns(DSLContext db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    public CampaignsRecord newRecord() {
        return db.newRecord(CAMPAIGNS);
    }

    public Optional<CampaignsRecord> find(CampaignId id) {
        return db.selectFrom(CAMPAIGNS)
                .where(CAMPAIGNS.ID.eq(id.value()), CAMPAIGNS.DELETED_AT.isNull())
                .fetchOptional();
    }

    public Optional<Campaign> campaign(CampaignId id) {
        return find(id).map(this::toCampaign);
    }

    public Optional<CampaignsRecord> lock(CampaignId id) {
        return db.selectFrom(CAMPAIGNS)
                .where(CAMPAIGNS.ID.eq(id.value()), CAMPAIGNS.DELETED_AT.isNull())
                .forUpdate()
                .fetchOptional();
    }

    public List<Campaign> list(@Nullable CampaignStatus status, @Nullable UUID before, int limit) {
        var where = DSL.noCondition().and(CAMPAIGNS.DELETED_AT.isNull());
        if (status != null) {
            where = where.and(CAMPAIGNS.STATUS.eq(status.toString()));
        }
        if (before != null) {
            where = where.and(CAMPAIGNS.ID.lt(before));
        }
        return db.selectFrom(CAMPAIGNS)
                .where(where)
                .orderBy(CAMPAIGNS.ID.desc())
                .limit(limit + 1)
                .fetch(this::toCampaign);
    }

    /**
     * Campaigns the dialer looks at: active calling ones, and scheduled ones waiting for their start
     * (a message campaign has its own run).
     */
    public List<CampaignsRecord> dialable() {
        return db.selectFrom(CAMPAIGNS)
                .where(
                        CAMPAIGNS.STATUS.in(CampaignStatus.ACTIVE.toString(), CampaignStatus.SCHEDULED.toString()),
                        CAMPAIGNS.CAMPAIGN_TYPE.in(
                                CampaignType.AI_CALLING.toString(), CampaignType.HUMAN_CALLING.toString()),
                        CAMPAIGNS.DELETED_AT.isNull())
                .orderBy(CAMPAIGNS.ID)
                .fetch();
    }

    public void countCalls(UUID campaign, int calls) {
        db.update(CAMPAIGNS)
                .set(CAMPAIGNS.TOTAL_CALLS, CAMPAIGNS.TOTAL_CALLS.plus(calls))
                .where(CAMPAIGNS.ID.eq(campaign))
                .execute();
    }

    /** Adds to the outcome counters of a campaign. */
    public void count(UUID campaign, int answered, int transferred, int converted) {
        db.update(CAMPAIGNS)
                .set(CAMPAIGNS.ANSWERED, CAMPAIGNS.ANSWERED.plus(answered))
                .set(CAMPAIGNS.TRANSFERRED, CAMPAIGNS.TRANSFERRED.plus(transferred))
                .set(CAMPAIGNS.CONVERTED, CAMPAIGNS.CONVERTED.plus(converted))
                .where(CAMPAIGNS.ID.eq(campaign))
                .execute();
    }

    public void setStatus(CampaignsRecord record, CampaignStatus status, Instant at) {
        setStatus(record, status, at, null);
    }

    /** Changes the status; {@code reason} says why a campaign completed. */
    public void setStatus(CampaignsRecord record, CampaignStatus status, Instant at, @Nullable String reason) {
        record.setStatus(status.toString());
        record.setCompletionReason(status == CampaignStatus.COMPLETED ? reason : null);
        if (status == CampaignStatus.ACTIVE && record.getStartedAt() == null) {
            record.setStartedAt(at.atOffset(ZoneOffset.UTC));
        }
        if (status == CampaignStatus.COMPLETED || status == CampaignStatus.CANCELED) {
            record.setCompletedAt(at.atOffset(ZoneOffset.UTC));
        }
        record.store();
    }

    public List<UUID> organizationsWithWork() {
        return db.selectFrom(ORGANIZATIONS_WITH_CAMPAIGN_WORK.call()).fetch(r -> r.getOrganizationId());
    }

    /**
     * Serializes the dialers of one organization across nodes for the rest of the transaction
     * (the concurrency limits are counted, then filled): false when another node holds it.
     */
    public boolean tryLockDialing(UUID organization) {
        return Boolean.TRUE.equals(db.select(DSL.field(
                        "pg_try_advisory_xact_lock(hashtextextended('campaign-dialer:' || {0}, 0))",
                        Boolean.class, DSL.val(organization.toString())))
                .fetchOne(0, Boolean.class));
    }

    public Map<String, Object> goals(CampaignsRecord r) {
        return json.readMap(r.getGoals());
    }

    public JSONB write(Object value) {
        return json.write(value);
    }

    public CampaignSchedule schedule(CampaignsRecord r) {
        return new CampaignSchedule(
                r.getStartDate(),
                r.getEndDate(),
                Arrays.asList(r.getDays()),
                r.getWindowStart(),
                r.getWindowEnd(),
                r.getTimeZone());
    }

    public void schedule(CampaignsRecord r, CampaignSchedule schedule) {
        r.setStartDate(schedule.startDate());
        r.setEndDate(schedule.endDate());
        r.setDays(schedule.days().toArray(String[]::new));
        r.setWindowStart(schedule.windowStart());
        r.setWindowEnd(schedule.windowEnd());
        r.setTimeZone(schedule.timeZone());
    }

    public RetryDelays delays(CampaignsRecord r) {
        return new RetryDelays(
                r.getRetryNoAnswerSeconds() / 60,
                r.getRetryBusySeconds() / 60,
                r.getRetryVoicemailSeconds() / 60,
                r.getRetryFailedSeconds() / 60);
    }

    public void delays(CampaignsRecord r, RetryDelays delays) {
        r.setRetryNoAnswerSeconds(delays.noAnswer() * 60);
        r.setRetryBusySeconds(delays.busy() * 60);
        r.setRetryVoicemailSeconds(delays.voicemail() * 60);
        r.setRetryFailedSeconds(delays.failed() * 60);
    }

    public LeadFilter criteria(CampaignsRecord r) {
        return json.read(r.getCriteria(), LeadFilter.class);
    }

    public Campaign toCampaign(CampaignsRecord r) {
        return new Campaign(
                CampaignId.of(r.getId()),
                r.getName(),
                r.getDescription(),
                CampaignType.fromCode(r.getCampaignType()),
                r.getTemplateId(),
                CampaignStatus.fromCode(r.getStatus()),
                r.getAiAgentId(),
                r.getTeamId(),
                List.of(r.getCallerNumberIds()),
                criteria(r),
                schedule(r),
                r.getBudgetMinor(),
                r.getBudgetCurrency(),
                json.readMap(r.getGoals()),
                r.getMaxConcurrentCalls(),
                r.getMaxAttempts(),
                delays(r),
                DialOrder.fromCode(r.getDialOrder()),
                r.getTotalCalls(),
                r.getAnswered(),
                r.getTransferred(),
                r.getConverted(),
                instant(r.getStartedAt()),
                instant(r.getCompletedAt()),
                r.getCompletionReason(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
