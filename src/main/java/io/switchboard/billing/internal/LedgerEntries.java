package io.switchboard.billing.internal;

import static io.switchboard.db.Tables.CREDIT_LEDGER;

import io.switchboard.billing.LedgerEntry;
import io.switchboard.billing.LedgerKind;
import io.switchboard.db.tables.records.CreditLedgerRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reading the ledger, newest first. */
@Repository
public class LedgerEntries {

    private final DSLContext db;

    LedgerEntries(DSLContext db) {
        this.db = db;
    }

    public List<LedgerEntry> recent(LedgerKind kind, UUID call, UUID before, int limit) {
        return db.selectFrom(CREDIT_LEDGER)
                .where(before == null ? DSL.noCondition() : CREDIT_LEDGER.ID.lt(before))
                .and(kind == null ? DSL.noCondition() : CREDIT_LEDGER.KIND.eq(kind.toString()))
                .and(call == null ? DSL.noCondition() : CREDIT_LEDGER.CALL_ID.eq(call))
                .orderBy(CREDIT_LEDGER.ID.desc())
                .limit(limit + 1)
                .fetch(LedgerEntries::toEntry);
    }

    static LedgerEntry toEntry(CreditLedgerRecord r) {
        return new LedgerEntry(
                r.getId(),
                LedgerKind.fromCode(r.getKind()),
                r.getAmount(),
                r.getHeldDelta(),
                r.getAvailableAfter(),
                r.getHeldAfter(),
                r.getCurrency(),
                r.getCallId(),
                r.getMinutes(),
                r.getRatePerMinute(),
                r.getActorType(),
                r.getActorId(),
                r.getNote(),
                r.getCreatedAt().toInstant());
    }
}
