package io.switchboard.audit.internal;

import static io.switchboard.db.Tables.SECURITY_EVENTS;

import io.switchboard.audit.SecurityEvent;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.Severity;
import io.switchboard.db.tables.records.SecurityEventsRecord;
import io.switchboard.shared.CallerContext;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class SecurityEventLog {

    private final DSLContext db;
    private final JsonMapper json;

    SecurityEventLog(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** @param repeatKey what makes later reports repeats of this one, or null */
    public void insert(SecurityEvent.Report report, @Nullable String repeatKey) {
        var caller = CallerContext.current().orElse(null);
        db.insertInto(SECURITY_EVENTS)
                .set(SECURITY_EVENTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(SECURITY_EVENTS.ID, Ids.next())
                .set(SECURITY_EVENTS.KIND, report.kind().toString())
                .set(SECURITY_EVENTS.SEVERITY, report.severity().toString())
                .set(SECURITY_EVENTS.USER_ID, report.userId())
                .set(SECURITY_EVENTS.EMAIL, report.email())
                .set(SECURITY_EVENTS.IP_ADDRESS, caller == null ? null : truncate(caller.ipAddress(), 64))
                .set(SECURITY_EVENTS.USER_AGENT, caller == null ? null : truncate(caller.userAgent(), 1000))
                .set(SECURITY_EVENTS.DETAIL, JSONB.valueOf(json.writeValueAsString(report.detail())))
                .set(SECURITY_EVENTS.REPEAT_KEY, truncate(repeatKey, 300))
                .execute();
    }

    /**
     * Counts one more occurrence on the newest event of this repeat key recorded within the window;
     * false when there is none. Reports of one key wait for each other here (a transaction-scoped
     * advisory lock), so a burst arriving at once still makes a single event.
     */
    public boolean repeat(String repeatKey, Duration window) {
        UUID organization = TenantContext.require().value();
        String key = truncate(repeatKey, 300);
        db.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class, organization + key))
                .fetch();
        var newest = DSL.select(SECURITY_EVENTS.ID)
                .from(SECURITY_EVENTS)
                .where(
                        SECURITY_EVENTS.REPEAT_KEY.eq(key),
                        SECURITY_EVENTS.CREATED_AT.gt(OffsetDateTime.now().minus(window)))
                .orderBy(SECURITY_EVENTS.CREATED_AT.desc())
                .limit(1);
        return db.update(SECURITY_EVENTS)
                        .set(SECURITY_EVENTS.OCCURRENCES, SECURITY_EVENTS.OCCURRENCES.plus(1))
                        .set(SECURITY_EVENTS.LAST_SEEN_AT, DSL.currentOffsetDateTime())
                        .where(
                                SECURITY_EVENTS.REPEAT_KEY.eq(key),
                                SECURITY_EVENTS.CREATED_AT.gt(
                                        OffsetDateTime.now().minus(window)),
                                SECURITY_EVENTS.ID.eq(newest))
                        .execute()
                > 0;
    }

    public List<SecurityEvent> search(
            @Nullable SecurityEventKind kind,
            @Nullable String q,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable UUID before,
            int limit) {
        List<Condition> where = new ArrayList<>();
        if (kind != null) {
            where.add(SECURITY_EVENTS.KIND.eq(kind.toString()));
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(SECURITY_EVENTS
                    .EMAIL
                    .likeIgnoreCase(pattern)
                    .or(SECURITY_EVENTS.IP_ADDRESS.likeIgnoreCase(pattern)));
        }
        if (from != null) {
            where.add(SECURITY_EVENTS.CREATED_AT.ge(from.atOffset(ZoneOffset.UTC)));
        }
        if (to != null) {
            where.add(SECURITY_EVENTS.CREATED_AT.lt(to.atOffset(ZoneOffset.UTC)));
        }
        if (before != null) {
            where.add(SECURITY_EVENTS.ID.lt(before));
        }
        return db.selectFrom(SECURITY_EVENTS)
                .where(where)
                .orderBy(SECURITY_EVENTS.ID.desc())
                .limit(limit + 1)
                .fetch(this::toEvent);
    }

    private SecurityEvent toEvent(SecurityEventsRecord r) {
        return new SecurityEvent(
                r.getId(),
                r.getCreatedAt().toInstant(),
                SecurityEventKind.fromCode(r.getKind()),
                Severity.fromCode(r.getSeverity()),
                r.getUserId(),
                r.getEmail(),
                r.getIpAddress(),
                r.getUserAgent(),
                json.readValue(r.getDetail().data(), new TypeReference<Map<String, Object>>() {}),
                r.getOccurrences(),
                r.getLastSeenAt() == null ? null : r.getLastSeenAt().toInstant());
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
