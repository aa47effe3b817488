package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;

import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.PipelineId;
import io.switchboard.leads.StageId;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.ProjectId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Leads of the current organization (row-level security scopes every query). */
@Repository
public class Leads {

    private final DSLContext db;
    private final JsonMapper json;
    /** The SQL of a lead by id, rendered once (see {@link #findRecord}; LeadReads sends it too). */
    private final String byId;

    Leads(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
        this.byId = db.selectFrom(LEADS)
                .where(LEADS.ID.eq(DSL.param("id", LEADS.ID.getDataType())))
                .getSQL(ParamType.INDEXED);
    }

    public LeadsRecord newRecord() {
        LeadsRecord record = db.newRecord(LEADS);
        record.setOrganizationId(TenantContext.require().value());
        return record;
    }

    /**
     * A lead by id within the caller's reach. When the caller reaches every lead, the SQL is the same
     * every time, so it is rendered once: rendering the 30-column select was 8% of an
     * API lead read's CPU. Narrower reaches carry the caller's own ids and are rendered per read.
     */
    public Optional<LeadsRecord> findRecord(LeadId id) {
        if (LeadReach.all()) {
            return db.resultQuery(byId, id.value()).coerce(LEADS).fetchOptional();
        }
        return db.selectFrom(LEADS)
                .where(LEADS.ID.eq(id.value()), LeadReach.condition())
                .fetchOptional();
    }

    String byIdSql() {
        return byId;
    }

    public Map<UUID, String> names(Collection<UUID> ids) {
        return db.select(LEADS.ID, LEADS.NAME)
                .from(LEADS)
                .where(LEADS.ID.in(ids))
                .fetchMap(LEADS.ID, LEADS.NAME);
    }

    /**
     * Locks the lead for a change of its fields. "For no key update", as the UPDATE itself would: a
     * transaction that inserted a row referencing the lead (a note, a task, a score event) holds a
     * key-share lock on it, which FOR UPDATE would wait for (LeadLocksIT).
     */
    public Optional<LeadsRecord> lockRecord(LeadId id) {
        return db.selectFrom(LEADS)
                .where(LEADS.ID.eq(id.value()), LeadReach.condition())
                .forNoKeyUpdate()
                .fetchOptional();
    }

    public List<Lead> list(LeadFilter filter, @Nullable UUID before, int limit) {
        List<Condition> where = LeadConditions.of(filter);
        if (before != null) {
            where.add(LEADS.ID.lt(before));
        }
        return db.selectFrom(LEADS)
                .where(where)
                .orderBy(LEADS.ID.desc())
                .limit(limit + 1)
                .fetch(this::toLead);
    }

    /** A page sorted by score (ties newest first), after the cursor's row; keyset on the score indexes. */
    public List<Lead> listByScore(LeadFilter filter, boolean descending, @Nullable ScoreCursor after, int limit) {
        return byScore(filter, descending, after, limit).fetch(this::toLead);
    }

    /** The query of {@link #listByScore} (its plan is checked to read an index, not sort). */
    ResultQuery<LeadsRecord> byScore(LeadFilter filter, boolean descending, @Nullable ScoreCursor after, int limit) {
        List<Condition> where = LeadConditions.of(filter);
        if (after != null) {
            var key = DSL.row(LEADS.SCORE, LEADS.ID);
            where.add(descending ? key.lt(after.score(), after.id()) : key.gt(after.score(), after.id()));
        }
        return db.selectFrom(LEADS)
                .where(where)
                .orderBy(
                        descending ? LEADS.SCORE.desc() : LEADS.SCORE.asc(),
                        descending ? LEADS.ID.desc() : LEADS.ID.asc())
                .limit(limit + 1);
    }

    /** Live leads' ids after {@code after} in id order (a scan in batches), optionally only those of one import. */
    public List<UUID> scanIds(@Nullable UUID after, int limit, @Nullable UUID importId) {
        List<Condition> where = new ArrayList<>();
        where.add(LEADS.DELETED_AT.isNull());
        if (after != null) {
            where.add(LEADS.ID.gt(after));
        }
        if (importId != null) {
            where.add(LEADS.IMPORT_ID.eq(importId));
        }
        return db.select(LEADS.ID)
                .from(LEADS)
                .where(where)
                .orderBy(LEADS.ID)
                .limit(limit)
                .fetch(LEADS.ID);
    }

    /** Up to {@code max} live leads picked at random (all of them when there are no more). */
    public List<Lead> sample(int max) {
        return db.selectFrom(LEADS)
                .where(LEADS.DELETED_AT.isNull())
                .and(LEADS.ID.in(DSL.select(LEADS.ID)
                        .from(LEADS)
                        .where(LEADS.DELETED_AT.isNull())
                        .orderBy(DSL.rand())
                        .limit(max)))
                .fetch(this::toLead);
    }

    public Map<UUID, Integer> scores(Collection<UUID> ids) {
        return db.select(LEADS.ID, LEADS.SCORE)
                .from(LEADS)
                .where(LEADS.ID.eq(DSL.any(ids.toArray(UUID[]::new))))
                .fetchMap(LEADS.ID, LEADS.SCORE);
    }

    public int count(LeadFilter filter) {
        return db.fetchCount(LEADS, LeadConditions.of(filter));
    }

    /** Every lead matching the filter, streamed (exports), newest first. */
    public void forEach(LeadFilter filter, Consumer<Lead> consumer) {
        try (Cursor<LeadsRecord> cursor = db.selectFrom(LEADS)
                .where(LeadConditions.of(filter))
                .orderBy(LEADS.ID.desc())
                .fetchSize(1000)
                .fetchLazy()) {
            cursor.forEach(record -> consumer.accept(toLead(record)));
        }
    }

    /** These leads (those that exist in the organization), in one query. */
    public List<Lead> byIds(java.util.Collection<UUID> ids) {
        return db.selectFrom(LEADS).where(LEADS.ID.in(ids)).fetch(this::toLead);
    }

    public List<UUID> ids(LeadFilter filter, int max) {
        return db.select(LEADS.ID)
                .from(LEADS)
                .where(LeadConditions.of(filter))
                .orderBy(LEADS.ID.desc())
                .limit(max)
                .fetch(LEADS.ID);
    }

    /**
     * A live lead that looks like this one: the same normalized phone, the same e-mail, or the same
     * company with a similar name (pg_trgm similarity ≥ 0.55).
     */
    public Optional<DuplicateMatch> findDuplicate(
            @Nullable String phone,
            @Nullable String email,
            String name,
            @Nullable String company,
            @Nullable UUID except) {
        List<Condition> matches = new ArrayList<>();
        if (phone != null) {
            matches.add(LEADS.PHONE.eq(phone));
        }
        if (email != null) {
            matches.add(LEADS.EMAIL.eq(email));
        }
        if (company != null && !company.isBlank()) {
            matches.add(DSL.lower(LEADS.COMPANY)
                    .eq(company.strip().toLowerCase())
                    .and(DSL.condition("similarity(lower({0}), lower({1})) >= 0.55", LEADS.NAME, DSL.val(name))));
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        return db.select(LEADS.ID, LEADS.NAME, LEADS.PHONE, LEADS.EMAIL)
                .from(LEADS)
                .where(LEADS.DELETED_AT.isNull())
                .and(except == null ? DSL.noCondition() : LEADS.ID.ne(except))
                .and(DSL.or(matches))
                .orderBy(LEADS.ID)
                .limit(1)
                .fetchOptional(r -> new DuplicateMatch(
                        LeadId.of(r.value1()),
                        r.value2(),
                        phone != null && phone.equals(r.value3())
                                ? "phone"
                                : email != null && email.equals(r.value4()) ? "email" : "name_and_company"));
    }

    public int softDelete(List<UUID> ids) {
        return db.update(LEADS)
                .set(LEADS.DELETED_AT, DSL.currentOffsetDateTime())
                .where(LEADS.ID.in(ids))
                .and(LEADS.DELETED_AT.isNull())
                .execute();
    }

    public int setStatus(List<UUID> ids, LeadStatus status) {
        return db.update(LEADS)
                .set(LEADS.STATUS, status.toString())
                .where(LEADS.ID.in(ids))
                .and(LEADS.DELETED_AT.isNull())
                .execute();
    }

    public JSONB writeJson(Map<String, Object> value) {
        return JSONB.valueOf(json.writeValueAsString(value));
    }

    public Map<String, Object> readJson(@Nullable JSONB value) {
        return value == null ? Map.of() : json.readValue(value.data(), new TypeReference<Map<String, Object>>() {});
    }

    public Lead toLead(LeadsRecord r) {
        return new Lead(
                LeadId.of(r.getId()),
                r.getName(),
                r.getEmail(),
                r.getPhone(),
                r.getPhoneRegion(),
                r.getTimezone(),
                r.getCompany(),
                r.getLinkedinUrl(),
                LeadSource.fromCode(r.getSource()),
                LeadStatus.fromCode(r.getStatus()),
                Temperature.fromCode(r.getTemperature()),
                r.getScore(),
                r.getPipelineId() == null ? null : PipelineId.of(r.getPipelineId()),
                r.getStageId() == null ? null : StageId.of(r.getStageId()),
                r.getExpectedCloseDate(),
                instant(r.getLastEngagementAt()),
                r.getOwnerId() == null ? null : UserId.of(r.getOwnerId()),
                r.getProjectId() == null ? null : ProjectId.of(r.getProjectId()),
                r.getVendorId(),
                r.getMarketingCampaignId(),
                r.getImportId() == null ? null : ImportId.of(r.getImportId()),
                readJson(r.getCustomFields()),
                r.getMergedIntoId() == null ? null : LeadId.of(r.getMergedIntoId()),
                r.getCreatedBy(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant(),
                instant(r.getDeletedAt()),
                LeadRows.calling(r),
                r.getValueMinor(),
                r.getCurrency());
    }

    static java.time.@Nullable Instant instant(@Nullable OffsetDateTime value) {
        return LeadRows.instant(value);
    }

    /** An existing lead a new one duplicates, and on what it matched. */
    public record DuplicateMatch(LeadId leadId, String name, String matchedOn) {}
}
