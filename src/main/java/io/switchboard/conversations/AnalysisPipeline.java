package io.switchboard.conversations;

import io.switchboard.conversations.internal.ConversationsProperties;
import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.conversations.internal.TranscriptStore;
import io.switchboard.conversations.internal.TranscriptStore.Claim;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.CallId;
import io.switchboard.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses stored transcripts in the background: one job per transcript ({@code
 * conversations.analyse}), queued in the transaction that stores the transcript or asks for a new
 * analysis, run on one node. The job claims the transcript in a short transaction, analyses it
 * outside any transaction (an OpenAI-compatible endpoint may take a minute), and records the result
 * or a retry in another; a retry is the same job run again at the transcript's next attempt. A node
 * that stops gives back the claims it has not finished; one that crashes leaves its job to another
 * node (the job engine's heartbeats) and its claim lapses after {@code claim-timeout}.
 */
@Component
class AnalysisPipeline {

    private static final Logger log = LoggerFactory.getLogger(AnalysisPipeline.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);

    /** The job's payload. */
    record Analyse(CallId call) {}

    private final TranscriptStore transcripts;
    private final ConversationAnalysis analysis;
    private final AnalysisRecorder recorder;
    private final SemanticIndex semantic;
    private final TransactionTemplate tx;
    private final TenantTransactions tenants;
    private final Jobs jobs;
    private final Job<Analyse> job;
    private final Duration lease;
    /** Claims this node holds and has not finished, by claim token. */
    private final Map<UUID, Held> held = new ConcurrentHashMap<>();

    private record Held(OrganizationId organization, Claim claim) {}

    AnalysisPipeline(
            TranscriptStore transcripts,
            ConversationAnalysis analysis,
            AnalysisRecorder recorder,
            SemanticIndex semantic,
            TransactionTemplate tx,
            TenantTransactions tenants,
            Jobs jobs,
            Job<Analyse> job,
            ConversationsProperties properties) {
        this.transcripts = transcripts;
        this.analysis = analysis;
        this.recorder = recorder;
        this.semantic = semantic;
        this.tx = tx;
        this.tenants = tenants;
        this.jobs = jobs;
        this.job = job;
        this.lease = properties.pipeline().claimTimeout();
    }

    /** Queues the call's analysis in the current transaction: it starts once that commits. */
    void queue(CallId call) {
        jobs.run(job, call.toString(), new Analyse(call));
    }

    /** The job: analyses the transcript if it is due, and answers when to run again (a retry), if ever. */
    @Nullable
    Instant run(Analyse due) {
        OrganizationId organization = TenantContext.require();
        Optional<Claim> claimed = tx.execute(status -> transcripts.claim(due.call(), lease));
        if (claimed != null && claimed.isPresent()) {
            Claim claim = claimed.get();
            held.put(claim.token(), new Held(organization, claim));
            analyse(claim);
            held.remove(claim.token());
        }
        // Pending again (a retry, or asked for anew meanwhile), or still claimed by a node that
        // died: run again then. Completed or failed for good: done.
        return tx.execute(status -> transcripts.nextAttempt(due.call()).orElse(null));
    }

    /**
     * Analyses one claimed transcript (and computes its search vector) and records what came of it;
     * never throws.
     */
    void analyse(Claim claim) {
        try {
            Analysis result = analysis.analyze(AnalysisInput.of(claim.segments(), claim.language()));
            recorder.completed(claim, result, semantic.vector(claim.segments()));
        } catch (AnalysisFailed e) {
            recorder.failed(claim, e.getMessage(), e.retryable());
        } catch (InvalidInput e) {
            recorder.failed(claim, "the transcript cannot be analysed: " + e.getMessage(), false);
        } catch (TransactionException | DataAccessResourceFailureException e) {
            // The database is out of reach (or the pool closes as the node stops): nothing is wrong
            // with the analysis, and the claim lapses, so the job takes the transcript again.
            log.warn(
                    "analysis of call {} not recorded: the database is out of reach ({})",
                    claim.callId(),
                    e.toString());
        } catch (RuntimeException e) {
            log.warn("analysis of call {} failed", claim.callId(), e);
            try {
                recorder.failed(claim, "unexpected error: " + e.getClass().getSimpleName(), true);
            } catch (RuntimeException again) {
                // The claim lapses and the job takes the transcript again.
                log.warn("could not record the failure of call {}: {}", claim.callId(), again.toString());
            }
        }
    }

    /**
     * Gives back the claims still unfinished once the job engine has stopped (it lets running jobs
     * finish for a moment first), so that the analyses start again at once after a restart.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        if (held.isEmpty()) {
            return;
        }
        // On a thread of its own: with the database gone, asking for a connection would hold up the
        // shutdown for the pool's whole connection timeout.
        Thread release = Thread.ofVirtual().name("analysis-release").start(this::releaseHeld);
        if (!release.join(STOP_GRACE)) {
            release.interrupt();
        }
    }

    private void releaseHeld() {
        Map<OrganizationId, List<Claim>> unfinished = held.values().stream()
                .collect(Collectors.groupingBy(
                        Held::organization, Collectors.mapping(Held::claim, Collectors.toList())));
        unfinished.forEach((organization, claims) -> {
            try {
                tenants.run(organization, () -> transcripts.release(claims));
                claims.forEach(claim -> held.remove(claim.token()));
            } catch (RuntimeException e) {
                log.info(
                        "{} analysis claim(s) not given back ({}); they lapse after the claim timeout",
                        claims.size(),
                        e.toString());
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class AnalysisJobs {

        /** Unexpected failures of the job itself (the database out of reach): tried again, doubling. */
        @Bean
        Job<Analyse> conversationsAnalyse(@Lazy AnalysisPipeline pipeline) {
            return Job.repeating(
                            "conversations.analyse",
                            Analyse.class,
                            RetryPolicy.doubling(Duration.ofSeconds(10), Duration.ofMinutes(10)),
                            pipeline::run)
                    .withoutTransaction();
        }
    }
}
