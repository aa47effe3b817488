package io.switchboard.leads.internal;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.db.tables.records.LeadImportLanesRecord;
import io.switchboard.db.tables.records.LeadImportsRecord;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.ImportStatus;
import io.switchboard.leads.LeadImportCompleted;
import io.switchboard.leads.LeadImportStarted;
import io.switchboard.leads.LeadsProperties;
import io.switchboard.leads.Pipeline;
import io.switchboard.leads.PipelineManagement;
import io.switchboard.shared.Ids;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs committed imports. An import's lines are split into lanes (see {@link ImportBatches}); up to
 * {@code switchboard.leads.import-lanes} runners each claim a lane nobody works on (or whose worker
 * stopped reporting) and move its rows into leads batch by batch, side by side, so one import uses
 * more than one core of the database. Each batch commits with its lane's progress and the import's
 * totals, so a crash or restart resumes every lane after its last committed batch, on this node or
 * another. The runner finishing the last lane completes the import.
 */
@Component
public class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private final ImportBatches imports;
    private final PipelineManagement pipelines;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final ExecutorService runners;
    private final AtomicInteger active = new AtomicInteger();
    private final int runnerCount;
    private volatile boolean stopping;

    ImportWorker(
            ImportBatches imports,
            PipelineManagement pipelines,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            AuditLog audit,
            LeadsProperties properties) {
        this.imports = imports;
        this.pipelines = pipelines;
        this.tx = tx;
        this.events = events;
        this.audit = audit;
        this.runnerCount = Math.max(1, properties.importRunners());
        this.runners = Executors.newFixedThreadPool(
                runnerCount,
                Thread.ofPlatform().name("import-lane-", 0).daemon().factory());
    }

    /** Starts at once on commit rather than at the next poll. */
    @TransactionalEventListener
    void on(LeadImportStarted started) {
        work();
    }

    /** Tops the runners up; each runs lanes until none is left to claim. */
    @Scheduled(fixedDelayString = "${switchboard.leads.import-poll:PT1S}")
    void work() {
        for (int now = active.get(); now < runnerCount && !stopping; now = active.get()) {
            if (active.compareAndSet(now, now + 1)) {
                try {
                    runners.execute(this::runLanes);
                } catch (RejectedExecutionException e) {
                    active.decrementAndGet(); // shutting down
                    return;
                }
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true; // runners stop after their current batch; their lanes resume on the next start
        runners.shutdown();
        if (!runners.awaitTermination(5, TimeUnit.SECONDS)) {
            // Waiting for a connection, most likely (the database is gone): stop waiting.
            runners.shutdownNow();
            log.info("Import runners still busy at shutdown; their lanes resume after the restart");
        }
    }

    private void runLanes() {
        try {
            boolean worked = true;
            while (worked && !stopping) {
                worked = false;
                List<UUID> organizations = tx.execute(status -> imports.organizationsWithRunningImports());
                for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
                    if (!stopping) {
                        worked |= TenantContext.callAs(OrganizationId.of(organization), this::claimAndRunLane);
                    }
                }
            }
        } catch (RuntimeException e) {
            if (stopping) {
                log.info("Import runner stopped by the shutdown: {}", e.toString());
            } else {
                log.error("Import runner stopped; the next poll starts another", e);
            }
        } finally {
            active.decrementAndGet();
        }
    }

    private boolean claimAndRunLane() {
        // An import whose last lane finished but which was not completed (a crash in between, on an
        // older version) is completed here.
        List<ImportId> unfinished = tx.execute(status -> imports.runningWithNoOpenLane());
        for (ImportId id : unfinished == null ? List.<ImportId>of() : unfinished) {
            tx.executeWithoutResult(status -> finish(id));
        }
        Optional<LeadImportLanesRecord> claimed = tx.execute(status -> imports.claimLane());
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        ImportId id = ImportId.of(claimed.get().getImportId());
        int lane = claimed.get().getLane();
        try {
            Pipeline pipeline = pipelines.defaultPipeline();
            boolean more = true;
            while (more && !stopping) {
                more = step(id, lane, pipeline, imports.batchSize());
            }
            if (more) {
                release(id, lane); // stopping; the lane's last batch completed the import otherwise
            }
        } catch (RuntimeException e) {
            if (stopping) {
                log.info("Import {} lane {} stopped by the shutdown; it resumes after the restart", id, lane);
                release(id, lane);
                return true;
            }
            log.error("Import {} failed in lane {}", id, lane, e);
            tx.executeWithoutResult(status -> imports.lock(id)
                    .filter(r -> ImportStatus.RUNNING.toString().equals(r.getStatus()))
                    .ifPresent(r -> {
                        r.setStatus(ImportStatus.FAILED.toString());
                        r.setError("the import stopped: " + e.getClass().getSimpleName()
                                + "; the leads imported so far can be undone");
                        r.setFinishedAt(OffsetDateTime.now());
                        r.store();
                    }));
        }
        return true;
    }

    /** Lets the lane be taken up at once after a restart rather than when its heartbeat goes stale. */
    private void release(ImportId id, int lane) {
        try {
            tx.executeWithoutResult(status -> imports.release(id, lane));
        } catch (RuntimeException e) {
            log.info(
                    "Import {} lane {} not released ({}); it resumes once its heartbeat is stale",
                    id,
                    lane,
                    e.toString());
        }
    }

    /**
     * One batch of a lane, with the lane's progress and the import's totals, in one transaction of
     * its own; the lane's last (empty) batch also completes the import if no other lane is left.
     * Lanes finishing together take turns on the import's row (its totals), so exactly one sees no
     * lane left. Returns whether the lane has more rows.
     */
    public boolean step(ImportId id, int laneNo, Pipeline pipeline, int size) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            LeadImportsRecord record = imports.find(id).orElseThrow();
            LeadImportLanesRecord lane = imports.lockLane(id, laneNo).orElseThrow();
            if (!ImportStatus.RUNNING.toString().equals(record.getStatus()) || lane.getFinishedAt() != null) {
                return false;
            }
            audit.suppressRowEntriesInThisTransaction(); // one summary entry per import, not one per lead
            int after = lane.getResumeAfterRow();
            int late = 0;
            if (lane.getRowsProcessed() == 0 && after == lane.getFirstRow() - 1) {
                UUID sincePreview = Ids.lowestAt(record.getCreatedAt().toInstant());
                late = imports.markLateDuplicates(record, sincePreview, after, lane.getLastRow());
            }
            Optional<ImportBatches.Batch> batch = imports.nextBatch(id, after, lane.getLastRow(), size);
            int rows = batch.map(ImportBatches.Batch::rows).orElse(0);
            int imported = batch.map(b -> imports.insertBatch(
                            record,
                            after,
                            b.end(),
                            pipeline.id().value(),
                            pipeline.stages().getFirst().id().value()))
                    .orElse(0);
            batch.ifPresentOrElse(b -> lane.setResumeAfterRow(b.end()), () -> lane.setFinishedAt(OffsetDateTime.now()));
            lane.setRowsProcessed(lane.getRowsProcessed() + rows);
            lane.setRowsImported(lane.getRowsImported() + imported);
            lane.setHeartbeatAt(OffsetDateTime.now());
            lane.store();
            if (!imports.addProgress(id, rows, imported, late)) {
                status.setRollbackOnly(); // another lane failed the import meanwhile: this batch must not count
                return false;
            }
            if (batch.isEmpty() && imports.openLanes(id) == 0) {
                finish(id);
            }
            return batch.isPresent();
        }));
    }

    /**
     * Completes the import once its last lane is done (the caller holds the import's row); or, if fewer rows were processed than were
     * staged (PostgreSQL restarted mid-import and emptied the unlogged staging table), rolls it back.
     */
    private void finish(ImportId id) {
        LeadImportsRecord record = imports.lock(id).orElseThrow();
        if (!ImportStatus.RUNNING.toString().equals(record.getStatus()) || imports.openLanes(id) > 0) {
            return;
        }
        audit.suppressRowEntriesInThisTransaction(); // one summary entry per import, not one per lead
        if (record.getRowsProcessed() < record.getRowsTotal()) {
            imports.undo(id);
            record.setStatus(ImportStatus.FAILED.toString());
            record.setError("the database restarted during the import and lost its staged rows; the "
                    + record.getRowsImported() + " leads imported so far were removed; upload the file again");
            record.setFinishedAt(OffsetDateTime.now());
            record.store();
            return;
        }
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
    }
}
