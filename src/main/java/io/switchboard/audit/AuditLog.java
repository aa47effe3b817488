package io.switchboard.audit;

import io.switchboard.audit.internal.AuditEntries;
import io.switchboard.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's audit trail. Row changes of audited tables are recorded by the database
 * itself; this service adds application events, searches the log and verifies its hash chain.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    /** Appends an entry in the caller's transaction (or a new one), chained to the one before. */
    @Transactional
    public void record(AuditRecord record) {
        entries.append(record);
    }

    /**
     * Appends an entry in a transaction of its own: it stays even when the caller's transaction
     * rolls back (a refused sign-in, a denied request).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditRecord record) {
        entries.append(record);
    }

    /**
     * Bulk paths (a 200,000-row import) call this first: row triggers then write nothing for the
     * rest of the transaction, and the caller appends one summary entry with {@link #record}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void suppressRowEntriesInThisTransaction() {
        entries.enterBulkMode();
    }

    @Transactional(readOnly = true)
    public CursorPage<AuditEntry> search(AuditQuery query, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(entries.search(query, CursorPage.after(cursor), size), size, AuditEntry::id);
    }

    /** Recomputes the whole chain of the current organization. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return entries.verify();
    }
}
