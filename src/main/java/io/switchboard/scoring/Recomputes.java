package io.switchboard.scoring;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.scoring.internal.RecomputeStore;
import io.switchboard.scoring.internal.ScoringJobs.RecomputeStep;
import io.switchboard.shared.NotFound;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk rescoring: a recompute is a row with its progress and a job that rescores a batch per run
 * (set-based) until every live lead is done. A new full recompute supersedes one still running
 * (rules changed again: its remaining batches would use them anyway, its earlier ones would not).
 */
@Service
public class Recomputes {

    private final RecomputeStore store;
    private final LeadManagement leads;
    private final Jobs jobs;
    private final Job<RecomputeStep> job;

    Recomputes(RecomputeStore store, LeadManagement leads, Jobs jobs, Job<RecomputeStep> job) {
        this.store = store;
        this.leads = leads;
        this.jobs = jobs;
        this.job = job;
    }

    /**
     * Rescores every live lead; a recompute still running stops at its next step (it sees this newer
     * one), so that the caller never waits for the lock a running step holds.
     */
    @Transactional
    public Recompute start(String reason, @Nullable UUID actor) {
        return launch(reason, null, actor);
    }

    /** Rescores every live lead, unless a recompute runs already (it will do). */
    @Transactional
    public @Nullable Recompute startUnlessRunning(String reason) {
        return store.anyRunning(false) ? null : launch(reason, null, null);
    }

    /** Rescores one import's leads, unless a full recompute runs (it reaches them: they are newer). */
    @Transactional
    public @Nullable Recompute startForImport(ImportId importId) {
        return store.anyRunning(true) ? null : launch("Imported leads", importId.value(), null);
    }

    @Transactional(readOnly = true)
    public Recompute get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("recompute", id));
    }

    @Transactional(readOnly = true)
    public List<Recompute> latest() {
        return store.latest(10);
    }

    private Recompute launch(String reason, @Nullable UUID importId, @Nullable UUID actor) {
        int total = leads.count(importId == null ? LeadFilter.all() : byImport(importId));
        Recompute started = store.start(reason, importId, total, actor);
        jobs.run(job, started.id().toString(), new RecomputeStep(started.id()));
        return started;
    }

    private static LeadFilter byImport(UUID importId) {
        return LeadFilter.builder().importId(ImportId.of(importId)).build();
    }
}
