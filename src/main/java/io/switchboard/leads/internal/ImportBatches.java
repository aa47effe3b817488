package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;
import static io.switchboard.db.Tables.LEAD_IMPORTS;
import static io.switchboard.db.Tables.LEAD_IMPORT_LANES;
import static io.switchboard.db.Tables.LEAD_IMPORT_ROWS;
import static io.switchboard.db.Tables.ORGANIZATIONS_WITH_RUNNING_IMPORTS;

import io.switchboard.db.tables.records.LeadImportLanesRecord;
import io.switchboard.db.tables.records.LeadImportsRecord;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.LeadsProperties;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Moves a committed import's valid rows into {@code leads}. The file's lines are split into lanes
 * that workers run side by side; each lane moves one batch per transaction together with its
 * progress and the import's totals, so that a crash resumes every lane after its last committed
 * batch.
 */
@Repository
public class ImportBatches {

    /** A worker that has not reported for this long is presumed dead; another takes over its lane. */
    static final String STALE = "30 seconds";

    private final DSLContext db;
    private final int lanes;
    private final int batchSize;

    ImportBatches(DSLContext db, LeadsProperties properties) {
        this.db = db;
        this.lanes = Math.max(1, properties.importLanes());
        this.batchSize = Math.max(1, properties.importBatch());
    }

    /** Staged rows per batch (one transaction). */
    public int batchSize() {
        return batchSize;
    }

    public List<UUID> organizationsWithRunningImports() {
        return db.selectFrom(ORGANIZATIONS_WITH_RUNNING_IMPORTS.call()).fetch(r -> r.getOrganizationId());
    }

    /**
     * Splits a starting import's lines into lanes of about equal size: as many as configured, but
     * no more than it has batches of valid rows.
     */
    public void createLanes(LeadImportsRecord im) {
        var bounds = db.select(DSL.min(LEAD_IMPORT_ROWS.ROW_NO), DSL.max(LEAD_IMPORT_ROWS.ROW_NO))
                .from(LEAD_IMPORT_ROWS)
                .where(LEAD_IMPORT_ROWS.IMPORT_ID.eq(im.getId()))
                .fetchOne();
        int first = bounds == null || bounds.value1() == null ? 1 : bounds.value1();
        int last = bounds == null || bounds.value2() == null ? first : bounds.value2();
        int span = last - first + 1;
        int count = Math.min(span, Math.clamp((im.getRowsValid() + (long) batchSize - 1) / batchSize, 1, lanes));
        var insert = db.insertInto(
                LEAD_IMPORT_LANES,
                LEAD_IMPORT_LANES.ORGANIZATION_ID,
                LEAD_IMPORT_LANES.IMPORT_ID,
                LEAD_IMPORT_LANES.LANE,
                LEAD_IMPORT_LANES.FIRST_ROW,
                LEAD_IMPORT_LANES.LAST_ROW,
                LEAD_IMPORT_LANES.RESUME_AFTER_ROW);
        for (int lane = 0; lane < count; lane++) {
            int from = first + (int) ((long) span * lane / count);
            int to = first + (int) ((long) span * (lane + 1) / count) - 1;
            insert = insert.values(im.getOrganizationId(), im.getId(), lane, from, to, from - 1);
        }
        insert.execute();
    }

    /** An unfinished lane of a running import that nobody works on (or whose worker went quiet), now this worker's. */
    public Optional<LeadImportLanesRecord> claimLane() {
        Optional<LeadImportLanesRecord> lane = db.selectFrom(LEAD_IMPORT_LANES)
                .where(LEAD_IMPORT_LANES.FINISHED_AT.isNull())
                .and(LEAD_IMPORT_LANES
                        .HEARTBEAT_AT
                        .isNull()
                        .or(DSL.condition("{0} < now() - interval '" + STALE + "'", LEAD_IMPORT_LANES.HEARTBEAT_AT)))
                .andExists(DSL.selectOne()
                        .from(LEAD_IMPORTS)
                        .where(LEAD_IMPORTS.ID.eq(LEAD_IMPORT_LANES.IMPORT_ID))
                        .and(LEAD_IMPORTS.STATUS.eq("running")))
                .orderBy(LEAD_IMPORT_LANES.IMPORT_ID, LEAD_IMPORT_LANES.LANE)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional();
        lane.ifPresent(r -> {
            r.setHeartbeatAt(java.time.OffsetDateTime.now());
            r.store();
        });
        return lane;
    }

    /** Lets another worker (or this node after a restart) take a lane up at once. */
    public void release(ImportId id, int lane) {
        db.update(LEAD_IMPORT_LANES)
                .setNull(LEAD_IMPORT_LANES.HEARTBEAT_AT)
                .where(LEAD_IMPORT_LANES.IMPORT_ID.eq(id.value()))
                .and(LEAD_IMPORT_LANES.LANE.eq(lane))
                .execute();
    }

    public Optional<LeadImportLanesRecord> lockLane(ImportId id, int lane) {
        return db.selectFrom(LEAD_IMPORT_LANES)
                .where(LEAD_IMPORT_LANES.IMPORT_ID.eq(id.value()))
                .and(LEAD_IMPORT_LANES.LANE.eq(lane))
                .forUpdate()
                .fetchOptional();
    }

    /** Running imports none of whose lanes has rows left: they only wait to be completed. */
    public List<ImportId> runningWithNoOpenLane() {
        return db.select(LEAD_IMPORTS.ID)
                .from(LEAD_IMPORTS)
                .where(LEAD_IMPORTS.STATUS.eq("running"))
                .andNotExists(DSL.selectOne()
                        .from(LEAD_IMPORT_LANES)
                        .where(LEAD_IMPORT_LANES.IMPORT_ID.eq(LEAD_IMPORTS.ID))
                        .and(LEAD_IMPORT_LANES.FINISHED_AT.isNull()))
                .fetch(r -> ImportId.of(r.value1()));
    }

    /** How many of an import's lanes have rows left. */
    public int openLanes(ImportId id) {
        return db.fetchCount(
                LEAD_IMPORT_LANES,
                LEAD_IMPORT_LANES.IMPORT_ID.eq(id.value()).and(LEAD_IMPORT_LANES.FINISHED_AT.isNull()));
    }

    /**
     * Adds a batch to the import's totals, at the end of the batch's transaction (the import's row
     * is locked only until it commits). False when the import no longer runs: another lane failed
     * it, and the batch must not count.
     */
    public boolean addProgress(ImportId id, int processed, int imported, int duplicates) {
        return db.update(LEAD_IMPORTS)
                        .set(LEAD_IMPORTS.ROWS_PROCESSED, LEAD_IMPORTS.ROWS_PROCESSED.plus(processed))
                        .set(LEAD_IMPORTS.ROWS_IMPORTED, LEAD_IMPORTS.ROWS_IMPORTED.plus(imported))
                        .set(LEAD_IMPORTS.ROWS_DUPLICATE, LEAD_IMPORTS.ROWS_DUPLICATE.plus(duplicates))
                        .where(LEAD_IMPORTS.ID.eq(id.value()))
                        .and(LEAD_IMPORTS.STATUS.eq("running"))
                        .execute()
                == 1;
    }

    /** The next batch of lines in (after, last]: its last line and its row count; empty when done. */
    public Optional<Batch> nextBatch(ImportId id, int after, int last, int size) {
        var rows = DSL.select(LEAD_IMPORT_ROWS.ROW_NO.as("row_no"))
                .from(LEAD_IMPORT_ROWS)
                .where(LEAD_IMPORT_ROWS.IMPORT_ID.eq(id.value()))
                .and(LEAD_IMPORT_ROWS.ROW_NO.gt(after))
                .and(LEAD_IMPORT_ROWS.ROW_NO.le(last))
                .orderBy(LEAD_IMPORT_ROWS.ROW_NO)
                .limit(size)
                .asTable("batch");
        var end = DSL.max(rows.field("row_no", Integer.class));
        return db.select(end, DSL.count())
                .from(rows)
                .fetchOptional(r -> r.value1() == null ? null : new Batch(r.value1(), r.value2()));
    }

    /**
     * Rows of lines (after, last] that leads created since the preview now duplicate become
     * duplicates: checked once per lane, before its first batch, against the leads newer than the
     * preview (their UUIDv7 ids sort after it) that this import did not create. Returns how many
     * rows that was.
     */
    public int markLateDuplicates(LeadImportsRecord im, UUID createdSincePreview, int after, int last) {
        boolean anyNewer = db.fetchExists(DSL.selectOne()
                .from(LEADS)
                .where(LEADS.ID.gt(createdSincePreview))
                .and(LEADS.DELETED_AT.isNull())
                .and(LEADS.IMPORT_ID.isDistinctFrom(im.getId())));
        if (!anyNewer) {
            return 0;
        }
        int marked = 0;
        for (String column : List.of("phone", "email")) {
            marked += db.execute(
                    """
                    UPDATE lead_import_rows r
                    SET outcome = 'duplicate', reason = 'duplicate of lead ' || l.id || ', created after the preview'
                    FROM leads l
                    WHERE r.import_id = {0} AND r.row_no > {2} AND r.row_no <= {3} AND r.outcome = 'valid'
                      AND l.organization_id = r.organization_id AND l.id > {1} AND l.deleted_at IS NULL
                      AND l.import_id IS DISTINCT FROM r.import_id AND l.%1$s = r.%1$s"""
                            .formatted(column),
                    DSL.val(im.getId()),
                    DSL.val(createdSincePreview),
                    DSL.val(after),
                    DSL.val(last));
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
