package io.switchboard.compliance.internal;

import static io.switchboard.db.Tables.PLATFORM_DO_NOT_CALL;

import io.switchboard.compliance.DncEntry;
import io.switchboard.compliance.DncEntryId;
import io.switchboard.compliance.DncSource;
import io.switchboard.db.tables.records.PlatformDoNotCallRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The platform-wide list. The application role may only read the table; changes go through the
 * database functions {@code platform_dnc_add} and {@code platform_dnc_remove}, which check that the
 * transaction's actor is a platform super admin.
 */
@Repository
public class PlatformDncEntries {

    private final DSLContext db;

    PlatformDncEntries(DSLContext db) {
        this.db = db;
    }

    /** Adds a number; false when it is listed already. */
    public boolean add(DncEntryId id, String phone, String reason, DncSource source) {
        return Boolean.TRUE.equals(db.select(DSL.field(
                        "platform_dnc_add({0}, {1}, {2}, {3})",
                        Boolean.class,
                        DSL.val(id.value()),
                        DSL.val(phone),
                        DSL.val(reason, String.class),
                        DSL.val(source.toString())))
                .fetchOne(0, Boolean.class));
    }

    /** Removes an entry; answers its number, or empty when there is no such entry. */
    public Optional<String> remove(DncEntryId id) {
        return Optional.ofNullable(db.select(DSL.field("platform_dnc_remove({0})", String.class, DSL.val(id.value())))
                .fetchOne(0, String.class));
    }

    public Optional<DncEntry> find(DncEntryId id) {
        return db.selectFrom(PLATFORM_DO_NOT_CALL)
                .where(PLATFORM_DO_NOT_CALL.ID.eq(id.value()))
                .fetchOptional(PlatformDncEntries::toEntry);
    }

    public Optional<DncEntry> findByPhone(String phone) {
        return db.selectFrom(PLATFORM_DO_NOT_CALL)
                .where(PLATFORM_DO_NOT_CALL.PHONE.eq(phone))
                .fetchOptional(PlatformDncEntries::toEntry);
    }

    public List<DncEntry> list(String q, String phone, UUID before, int limit) {
        List<Condition> where = new ArrayList<>();
        if (before != null) {
            where.add(PLATFORM_DO_NOT_CALL.ID.lt(before));
        }
        if (phone != null) {
            where.add(PLATFORM_DO_NOT_CALL.PHONE.eq(phone));
        }
        if (q != null) {
            where.add(DSL.concat(
                            PLATFORM_DO_NOT_CALL.PHONE,
                            DSL.inline(" "),
                            DSL.lower(DSL.coalesce(PLATFORM_DO_NOT_CALL.REASON, "")))
                    .contains(q.toLowerCase(Locale.ROOT)));
        }
        return db.selectFrom(PLATFORM_DO_NOT_CALL)
                .where(where)
                .orderBy(PLATFORM_DO_NOT_CALL.ID.desc())
                .limit(limit + 1)
                .fetch(PlatformDncEntries::toEntry);
    }

    static DncEntry toEntry(PlatformDoNotCallRecord r) {
        return new DncEntry(
                DncEntryId.of(r.getId()),
                r.getPhone(),
                r.getReason(),
                DncSource.fromCode(r.getSource()),
                r.getAddedBy(),
                null,
                r.getCreatedAt().toInstant());
    }
}
