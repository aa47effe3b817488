package io.switchboard.compliance.internal;

import static io.switchboard.db.Tables.DO_NOT_CALL;
import static io.switchboard.db.Tables.LEAD_CONSENTS;
import static io.switchboard.db.Tables.PLATFORM_DO_NOT_CALL;

import io.switchboard.compliance.DncEntry;
import io.switchboard.compliance.DncEntryId;
import io.switchboard.compliance.DncImportId;
import io.switchboard.compliance.DncSource;
import io.switchboard.db.tables.records.DoNotCallRecord;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The organization's do-not-call list, and the one query the calling gate makes per batch. */
@Repository
public class DncEntries {

    /** Rows per INSERT of an import (7 bind values each, well under PostgreSQL's 65,535). */
    static final int CHUNK = 5_000;

    private final DSLContext db;

    DncEntries(DSLContext db) {
        this.db = db;
    }

    /** Adds a number; empty when it is listed already. */
    public Optional<DncEntry> insert(
            String phone, String reason, DncSource source, UUID addedBy, DncImportId importId) {
        return db.insertInto(DO_NOT_CALL)
                .set(DO_NOT_CALL.ORGANIZATION_ID, TenantContext.require().value())
                .set(DO_NOT_CALL.ID, DncEntryId.generate().value())
                .set(DO_NOT_CALL.PHONE, phone)
                .set(DO_NOT_CALL.REASON, reason)
                .set(DO_NOT_CALL.SOURCE, source.toString())
                .set(DO_NOT_CALL.ADDED_BY, addedBy)
                .set(DO_NOT_CALL.IMPORT_ID, importId == null ? null : importId.value())
                .onConflictDoNothing()
                .returning()
                .fetchOptional(DncEntries::toEntry);
    }

    /** One new entry of a bulk insert. */
    public record NewEntry(String phone, String reason) {}

    /** Adds many numbers in a few statements; answers the phones that were not listed yet. */
    public Set<String> insertAll(List<NewEntry> entries, DncSource source, UUID addedBy, DncImportId importId) {
        UUID organization = TenantContext.require().value();
        Set<String> added = new HashSet<>();
        for (int from = 0; from < entries.size(); from += CHUNK) {
            InsertValuesStep7<DoNotCallRecord, UUID, UUID, String, String, String, UUID, UUID> insert = db.insertInto(
                    DO_NOT_CALL,
                    DO_NOT_CALL.ORGANIZATION_ID,
                    DO_NOT_CALL.ID,
                    DO_NOT_CALL.PHONE,
                    DO_NOT_CALL.REASON,
                    DO_NOT_CALL.SOURCE,
                    DO_NOT_CALL.ADDED_BY,
                    DO_NOT_CALL.IMPORT_ID);
            for (NewEntry entry : entries.subList(from, Math.min(entries.size(), from + CHUNK))) {
                insert = insert.values(
                        organization,
                        DncEntryId.generate().value(),
                        entry.phone(),
                        entry.reason(),
                        source.toString(),
                        addedBy,
                        importId.value());
            }
            added.addAll(
                    insert.onConflictDoNothing().returning(DO_NOT_CALL.PHONE).fetch(DO_NOT_CALL.PHONE));
        }
        return added;
    }

    public Optional<DncEntry> find(DncEntryId id) {
        return db.selectFrom(DO_NOT_CALL).where(DO_NOT_CALL.ID.eq(id.value())).fetchOptional(DncEntries::toEntry);
    }

    public Optional<DncEntry> findByPhone(String phone) {
        return db.selectFrom(DO_NOT_CALL).where(DO_NOT_CALL.PHONE.eq(phone)).fetchOptional(DncEntries::toEntry);
    }

    public Optional<DncEntry> delete(DncEntryId id) {
        return db.deleteFrom(DO_NOT_CALL)
                .where(DO_NOT_CALL.ID.eq(id.value()))
                .returning()
                .fetchOptional(DncEntries::toEntry);
    }

    /** Newest first; {@code q} matches digits of the number or words of the reason. */
    public List<DncEntry> list(String q, String phone, DncSource source, UUID before, int limit) {
        List<Condition> where = new ArrayList<>();
        if (before != null) {
            where.add(DO_NOT_CALL.ID.lt(before));
        }
        if (phone != null) {
            where.add(DO_NOT_CALL.PHONE.eq(phone));
        }
        if (source != null) {
            where.add(DO_NOT_CALL.SOURCE.eq(source.toString()));
        }
        if (q != null) {
            where.add(DSL.concat(DO_NOT_CALL.PHONE, DSL.inline(" "), DSL.lower(DSL.coalesce(DO_NOT_CALL.REASON, "")))
                    .contains(q.toLowerCase(java.util.Locale.ROOT)));
        }
        return db.selectFrom(DO_NOT_CALL)
                .where(where)
                .orderBy(DO_NOT_CALL.ID.desc())
                .limit(limit + 1)
                .fetch(DncEntries::toEntry);
    }

    public int count() {
        return db.fetchCount(DO_NOT_CALL);
    }

    /** Which of a batch's numbers are listed, and which of its leads have consent. */
    public record Listings(Set<String> organization, Set<String> platform, Set<UUID> consented) {}

    /**
     * One round trip for a whole batch: the numbers on the organization's list, those on the
     * platform's, and (when {@code leads} is not empty) the leads with consent in force at {@code now}.
     */
    public Listings listings(Collection<String> phones, Collection<UUID> leads, Instant now) {
        String[] numbers = phones.toArray(String[]::new);
        Select<Record2<String, String>> query = DSL.select(DO_NOT_CALL.PHONE, DSL.inline("organization"))
                .from(DO_NOT_CALL)
                .where(DO_NOT_CALL.PHONE.eq(DSL.any(numbers)))
                .unionAll(DSL.select(PLATFORM_DO_NOT_CALL.PHONE, DSL.inline("platform"))
                        .from(PLATFORM_DO_NOT_CALL)
                        .where(PLATFORM_DO_NOT_CALL.PHONE.eq(DSL.any(numbers))));
        if (!leads.isEmpty()) {
            query = query.unionAll(DSL.selectDistinct(LEAD_CONSENTS.LEAD_ID.cast(String.class), DSL.inline("consent"))
                    .from(LEAD_CONSENTS)
                    .where(LEAD_CONSENTS.LEAD_ID.eq(DSL.any(leads.toArray(UUID[]::new))))
                    .and(LEAD_CONSENTS.REVOKED_AT.isNull())
                    .and(LEAD_CONSENTS.OBTAINED_AT.le(now.atOffset(ZoneOffset.UTC))));
        }
        Set<String> organization = new HashSet<>();
        Set<String> platform = new HashSet<>();
        Set<UUID> consented = new HashSet<>();
        for (Record2<String, String> row : db.fetch(query)) {
            switch (row.value2()) {
                case "organization" -> organization.add(row.value1());
                case "platform" -> platform.add(row.value1());
                default -> consented.add(UUID.fromString(row.value1()));
            }
        }
        return new Listings(organization, platform, consented);
    }

    static DncEntry toEntry(DoNotCallRecord r) {
        return new DncEntry(
                DncEntryId.of(r.getId()),
                r.getPhone(),
                r.getReason(),
                DncSource.fromCode(r.getSource()),
                r.getAddedBy(),
                r.getImportId() == null ? null : DncImportId.of(r.getImportId()),
                r.getCreatedAt().toInstant());
    }
}
