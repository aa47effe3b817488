package io.switchboard.audit.internal;

import static io.switchboard.db.Tables.AUDIT_LOG;
import static io.switchboard.db.Tables.AUDIT_VERIFY;

import io.switchboard.audit.AuditEntry;
import io.switchboard.audit.AuditQuery;
import io.switchboard.audit.AuditRecord;
import io.switchboard.audit.ChainVerification;
import io.switchboard.audit.Outcome;
import io.switchboard.db.tables.records.AuditLogRecord;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit log table; appends go through the database function that chains entries. */
@Repository
public class AuditEntries {

    private final DSLContext db;
    private final JsonMapper json;

    AuditEntries(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public void append(AuditRecord record) {
        db.select(DSL.function(
                        "audit_append",
                        SQLDataType.UUID,
                        DSL.val(record.action()),
                        DSL.val(record.entityType()),
                        DSL.val(record.entityId(), SQLDataType.VARCHAR),
                        DSL.val(jsonb(record.oldValues()), SQLDataType.JSONB),
                        DSL.val(jsonb(record.newValues()), SQLDataType.JSONB),
                        DSL.val(record.outcome().toString()),
                        // An entry that names its actor names a user (one not signed in yet, e.g. at sign-in).
                        DSL.val(record.actorId() == null ? null : "user", SQLDataType.VARCHAR),
                        DSL.val(record.actorId(), SQLDataType.UUID)))
                .fetch();
    }

    public void enterBulkMode() {
        db.select(DSL.function(
                        "set_config", SQLDataType.VARCHAR, DSL.val("app.audit_bulk"), DSL.val("on"), DSL.val(true)))
                .fetch();
    }

    public List<AuditEntry> search(AuditQuery query, @Nullable UUID before, int limit) {
        List<Condition> where = new ArrayList<>();
        if (query.action() != null) {
            where.add(AUDIT_LOG.ACTION.eq(query.action()));
        }
        if (query.entityType() != null) {
            where.add(AUDIT_LOG.ENTITY_TYPE.eq(query.entityType()));
        }
        if (query.entityId() != null) {
            where.add(AUDIT_LOG.ENTITY_ID.eq(query.entityId()));
        }
        if (query.actorId() != null) {
            where.add(AUDIT_LOG.ACTOR_ID.eq(query.actorId()));
        }
        if (query.outcome() != null) {
            where.add(AUDIT_LOG.OUTCOME.eq(query.outcome().toString()));
        }
        if (query.from() != null) {
            where.add(AUDIT_LOG.CREATED_AT.ge(query.from().atOffset(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.add(AUDIT_LOG.CREATED_AT.lt(query.to().atOffset(ZoneOffset.UTC)));
        }
        if (query.q() != null && !query.q().isBlank()) {
            String pattern = "%" + query.q().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(AUDIT_LOG
                    .ACTION
                    .likeIgnoreCase(pattern)
                    .or(AUDIT_LOG.ENTITY_TYPE.likeIgnoreCase(pattern))
                    .or(AUDIT_LOG.ENTITY_ID.likeIgnoreCase(pattern)));
        }
        if (before != null) {
            where.add(AUDIT_LOG.ID.lt(before));
        }
        return db.selectFrom(AUDIT_LOG)
                .where(where)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit + 1)
                .fetch(this::toEntry);
    }

    public ChainVerification verify() {
        var result = db.selectFrom(AUDIT_VERIFY.call()).fetchOne();
        if (result == null) {
            return new ChainVerification(true, 0, null, null, null);
        }
        return new ChainVerification(
                result.getBrokenSeq() == null,
                result.getChecked(),
                result.getBrokenSeq(),
                result.getBrokenId(),
                result.getProblem());
    }

    private AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(
                r.getId(),
                r.getSeq(),
                r.getCreatedAt().toInstant(),
                r.getActorType(),
                r.getActorId(),
                r.getAction(),
                r.getEntityType(),
                r.getEntityId(),
                map(r.getOldValues()),
                map(r.getNewValues()),
                Outcome.fromCode(r.getOutcome()),
                r.getIpAddress(),
                r.getUserAgent(),
                HexFormat.of().formatHex(r.getHash()));
    }

    private @Nullable JSONB jsonb(@Nullable Map<String, ?> values) {
        return values == null ? null : JSONB.valueOf(json.writeValueAsString(values));
    }

    private @Nullable Map<String, Object> map(@Nullable JSONB value) {
        return value == null ? null : json.readValue(value.data(), new TypeReference<Map<String, Object>>() {});
    }
}
