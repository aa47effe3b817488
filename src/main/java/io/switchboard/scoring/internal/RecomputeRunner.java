package io.switchboard.scoring.internal;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.db.tables.records.ScoringRecomputesRecord;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One step of a recompute, in the job's transaction: the next batch of leads (in id order after
 * the last one done) is rescored and the progress saved with it, so that a restart continues
 * where the last committed batch ended.
 */
@Component
public class RecomputeRunner {

    private final RecomputeStore recomputes;
    private final LeadDirectory directory;
    private final Rescorer rescorer;
    private final AuditLog audit;
    private final ScoringProperties properties;
    private final Clock clock;

    RecomputeRunner(
            RecomputeStore recomputes,
            LeadDirectory directory,
            Rescorer rescorer,
            AuditLog audit,
            ScoringProperties properties,
            Clock clock) {
        this.recomputes = recomputes;
        this.directory = directory;
        this.rescorer = rescorer;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return when to run the next step (now), or null when the recompute is over */
    public @Nullable Instant step(UUID id) {
        ScoringRecomputesRecord r = recomputes.lock(id).orElse(null);
        if (r == null || !RecomputeStore.RUNNING.equals(r.getStatus())) {
            return null;
        }
        if (recomputes.supersededBy(r)) {
            r.setStatus(RecomputeStore.SUPERSEDED);
            r.setFinishedAt(RecomputeStore.at(clock.instant()));
            r.store();
            return null;
        }
        List<LeadId> leads = directory.scanIds(
                r.getAfterLeadId() == null ? null : LeadId.of(r.getAfterLeadId()),
                properties.batch(),
                r.getImportId() == null ? null : ImportId.of(r.getImportId()));
        if (!leads.isEmpty()) {
            Rescorer.Outcome outcome = rescorer.recompute(leads);
            r.setProcessed(r.getProcessed() + outcome.scored());
            r.setChanged(r.getChanged() + outcome.changed());
            r.setAfterLeadId(leads.getLast().value());
        }
        if (leads.size() < properties.batch()) {
            r.setStatus(RecomputeStore.COMPLETED);
            r.setFinishedAt(RecomputeStore.at(clock.instant()));
            audit.record(AuditRecord.of("scoring.recomputed", "scoring_recomputes", r.getId())
                    .values(
                            null,
                            Map.of("reason", r.getReason(), "scored", r.getProcessed(), "changed", r.getChanged())));
        }
        r.store();
        return RecomputeStore.COMPLETED.equals(r.getStatus()) ? null : clock.instant();
    }
}
