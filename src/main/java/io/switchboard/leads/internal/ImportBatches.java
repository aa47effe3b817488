package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_IMPORTS;
import static io.switchboard.db.Tables.LEAD_IMPORT_ROWS;
import static io.switchboard.db.Tables.ORGANIZATIONS_WITH_RUNNING_IMPORTS;

import io.switchboard.db.tables.records.LeadImportsRecord;
import io.switchboard.leads.ImportId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Moves a committed import's valid rows into {@code leads}, one batch per transaction together
 * with the import's progress, so that a crash resumes after the last committed batch.
 */
@Repository
public class ImportBatches {

    /** A worker that has not reported for this long is presumed dead; another takes over. */
    static final String STALE = "30 seconds";

    private final DSLContext db;

    ImportBatches(DSLContext db) {
        this.db = db;
    }

    public List<UUID> organizationsWithRunningImports() {
        return db.selectFrom(ORGANIZATIONS_WITH_RUNNING_IMPORTS.call()).fetch(r -> r.getOrganizationId());
    }

    /** A running import nobody is working on, now this worker's; empty if none. */
    public Optional<LeadImportsRecord> claim() {
        Optional<LeadImportsRecord> record = db.selectFrom(LEAD_IMPORTS)
                .where(LEAD_IMPORTS.STATUS.eq("running"))
                .and(LEAD_IMPORTS
                        .HEARTBEAT_AT
                        .isNull()
                        .or(DSL.condition("{0} < now() - interval '" + STALE + "'", LEAD_IMPORTS.HEARTBEAT_AT)))
                .orderBy(LEAD_IMPORTS.CREATED_AT)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional();
        record.ifPresent(r -> {
            r.setHeartbeatAt(java.time.OffsetDateTime.now());
            r.store();
        });
        return record;
    }

    /** The next batch after line {@code after}: its last line and its row count; empty when done. */
    public Optional<Batch> nextBatch(ImportId id, int after, int size) {
        var rows = DSL.select(LEAD_IMPORT_ROWS.ROW_NO.as("row_no"))
                .from(LEAD_IMPORT_ROWS)
                .where(LEAD_IMPORT_ROWS.IMPORT_ID.eq(id.value()))
                .and(LEAD_IMPORT_ROWS.ROW_NO.gt(after))
                .orderBy(LEAD_IMPORT_ROWS.ROW_NO)
                .limit(size)
                .asTable("batch");
        var end = DSL.max(rows.field("row_no", Integer.class));
        return db.select(end, DSL.count())
                .from(rows)
                .fetchOptional(r -> r.value1() == null ? null : new Batch(r.value1(), r.value2()));
    }

    /**
     * Rows that leads created since the preview now duplicate become duplicates: checked once, when
     * the import starts, against the leads newer than the preview (their UUIDv7 ids sort after it).
     * Returns how many rows that was.
     */
    public int markLateDuplicates(LeadImportsRecord im, UUID createdSincePreview) {
        int marked = 0;
        for (String column : List.of("phone", "email")) {
            marked += db.execute(
                    """
                    UPDATE lead_import_rows r
                    SET outcome = 'duplicate', reason = 'duplicate of lead ' || l.id || ', created after the preview'
                    FROM leads l
                    WHERE r.import_id = {0} AND r.outcome = 'valid' AND l.organization_id = r.organization_id
                      AND l.id > {1} AND l.deleted_at IS NULL AND l.%1$s = r.%1$s"""
                            .formatted(column),
                    DSL.val(im.getId()),
                    DSL.val(createdSincePreview));
        }
        return marked;
    }

    /**
     * Inserts the valid rows of lines (after, upTo] as leads; returns how many. No conflict handling
     * is needed: a batch commits together with the progress that moves past it.
     */
    public int insertBatch(LeadImportsRecord im, int after, int upTo, UUID pipeline, UUID stage) {
        return db.execute(
                """
                INSERT INTO leads (organization_id, id, name, email, phone, phone_region, timezone, company, linkedin_url, source,
                                   status, temperature, score, pipeline_id, stage_id, expected_close_date, import_id,
                                   custom_fields, created_by)
                SELECT r.organization_id, r.lead_id, r.name, r.email, r.phone, r.phone_region, r.timezone, r.company,
                       r.linkedin_url, 'csv_upload', coalesce(r.status, 'new'), coalesce(r.temperature, 'cold'),
                       coalesce(r.score, 0), {0}, {1}, r.expected_close_date, r.import_id, coalesce(r.custom_fields, '{}'), {2}
                FROM lead_import_rows r
                WHERE r.import_id = {3} AND r.row_no > {4} AND r.row_no <= {5} AND r.outcome = 'valid'""",
                DSL.val(pipeline),
                DSL.val(stage),
                DSL.val(im.getCreatedBy(), UUID.class),
                DSL.val(im.getId()),
                DSL.val(after),
                DSL.val(upTo));
    }

    /** A batch of staged rows: up to which line, and how many rows. */
    public record Batch(int end, int rows) {}

    public Optional<LeadImportsRecord> lock(ImportId id) {
        return db.selectFrom(LEAD_IMPORTS)
                .where(LEAD_IMPORTS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional();
    }

    public Optional<LeadImportsRecord> find(ImportId id) {
        return db.selectFrom(LEAD_IMPORTS).where(LEAD_IMPORTS.ID.eq(id.value())).fetchOptional();
    }

    public LeadImportsRecord newRecord() {
        return db.newRecord(LEAD_IMPORTS);
    }

    public List<LeadImportsRecord> recent(int limit) {
        return db.selectFrom(LEAD_IMPORTS)
                .orderBy(LEAD_IMPORTS.ID.desc())
                .limit(limit)
                .fetch();
    }

    public int undo(ImportId id) {
        return db.execute(
                "UPDATE leads SET deleted_at = now() WHERE import_id = {0} AND deleted_at IS NULL",
                DSL.val(id.value()));
    }
}
