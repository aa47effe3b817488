package io.switchboard.leads;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.db.tables.records.LeadImportsRecord;
import io.switchboard.leads.internal.ImportBatches;
import io.switchboard.shared.Ids;
import io.switchboard.tenancy.OrganizationId;
import io.switchboard.tenancy.TenantContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs committed imports: claims one nobody works on (or whose worker stopped reporting), then moves
 * its rows into leads batch by batch. Each batch commits with the import's progress, so a crash or
 * restart resumes after the last committed batch, on this node or another.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private final ImportBatches imports;
    private final PipelineManagement pipelines;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    private final AuditLog audit;

    ImportWorker(
            ImportBatches imports,
            PipelineManagement pipelines,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            @Value("${switchboard.leads.import-batch:20000}") int batchSize,
            AuditLog audit) {
        this.imports = imports;
        this.pipelines = pipelines;
        this.tx = tx;
        this.events = events;
        this.batchSize = batchSize;
        this.audit = audit;
    }

    /** Starts at once on commit rather than at the next poll. */
    @Async
    @TransactionalEventListener
    void on(LeadImportStarted started) {
        work();
    }

    @Scheduled(fixedDelayString = "${switchboard.leads.import-poll:PT1S}")
    void work() {
        List<UUID> organizations = tx.execute(status -> imports.organizationsWithRunningImports());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            TenantContext.runAs(OrganizationId.of(organization), this::runOne);
        }
    }

    private void runOne() {
        Optional<LeadImportsRecord> claimed = tx.execute(status -> imports.claim());
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        ImportId id = ImportId.of(claimed.get().getId());
        try {
            Pipeline pipeline = pipelines.defaultPipeline();
            boolean more = true;
            while (more) {
                more = step(id, pipeline, batchSize);
            }
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            tx.executeWithoutResult(status -> imports.lock(id).ifPresent(r -> {
                r.setStatus(ImportStatus.FAILED.toString());
                r.setError("the import stopped: " + e.getClass().getSimpleName()
                        + "; the leads imported so far can be undone");
                r.setFinishedAt(OffsetDateTime.now());
                r.store();
            }));
        }
    }

    /** One batch and its progress, in one transaction of its own. Returns whether more rows remain. */
    boolean step(ImportId id, Pipeline pipeline, int size) {
        return Boolean.TRUE.equals(tx.execute(status -> batch(id, pipeline, size)));
    }

    private boolean batch(ImportId id, Pipeline pipeline, int size) {
        LeadImportsRecord record = imports.lock(id).orElseThrow();
        if (!ImportStatus.RUNNING.toString().equals(record.getStatus())) {
            return false;
        }
        audit.suppressRowEntriesInThisTransaction(); // one summary entry per import, not one per lead
        if (record.getResumeAfterRow() == 0 && record.getRowsProcessed() == 0) {
            UUID sincePreview = Ids.lowestAt(record.getCreatedAt().toInstant());
            record.setRowsDuplicate(record.getRowsDuplicate() + imports.markLateDuplicates(record, sincePreview));
        }
        Optional<ImportBatches.Batch> batch = imports.nextBatch(id, record.getResumeAfterRow(), size);
        if (batch.isEmpty() && record.getRowsProcessed() < record.getRowsTotal()) {
            // PostgreSQL restarted mid-import and emptied the (unlogged) staging table: roll back.
            imports.undo(id);
            record.setStatus(ImportStatus.FAILED.toString());
            record.setError("the database restarted during the import and lost its staged rows; the "
                    + record.getRowsImported() + " leads imported so far were removed; upload the file again");
            record.setFinishedAt(OffsetDateTime.now());
            record.store();
            return false;
        }
        if (batch.isEmpty()) {
            record.setStatus(ImportStatus.COMPLETED.toString());
            record.setFinishedAt(OffsetDateTime.now());
            record.store();
            audit.record(AuditRecord.of("lead_import.completed", "lead_import", id)
                    .by(record.getCreatedBy())
                    .values(
                            null,
                            Map.of(
                                    "file_name",
                                    record.getFileName(),
                                    "imported",
                                    record.getRowsImported(),
                                    "duplicates",
                                    record.getRowsDuplicate(),
                                    "invalid",
                                    record.getRowsInvalid())));
            events.publishEvent(new LeadImportCompleted(
                    record.getOrganizationId(),
                    id,
                    record.getRowsImported(),
                    record.getRowsDuplicate(),
                    record.getRowsInvalid()));
            return false;
        }
        int imported = imports.insertBatch(
                record,
                record.getResumeAfterRow(),
                batch.get().end(),
                pipeline.id().value(),
                pipeline.stages().getFirst().id().value());
        record.setRowsImported(record.getRowsImported() + imported);
        record.setRowsProcessed(record.getRowsProcessed() + batch.get().rows());
        record.setResumeAfterRow(batch.get().end());
        record.setHeartbeatAt(OffsetDateTime.now());
        record.store();
        return true;
    }
}
