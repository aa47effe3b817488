package io.switchboard.conversations;

import io.switchboard.conversations.internal.ConversationsProperties;
import io.switchboard.conversations.internal.SemanticIndex;
import io.switchboard.conversations.internal.TranscriptStore;
import io.switchboard.conversations.internal.TranscriptStore.Claim;
import io.switchboard.shared.InvalidInput;
import io.switchboard.tenancy.OrganizationId;
import io.switchboard.tenancy.TenantContext;
import io.switchboard.tenancy.TenantTransactions;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses stored transcripts in the background, organization by organization, on every node
 * (claims use SKIP LOCKED, so nodes share the work): a short transaction claims a few due
 * transcripts, each is analysed outside any transaction (an OpenAI-compatible endpoint may take a
 * minute), and another short transaction stores the result or schedules a retry. All state is in
 * the database: a node that stops mid-analysis leaves a claim that lapses and is taken again.
 */
@Component
class AnalysisPipeline {

    private static final Logger log = LoggerFactory.getLogger(AnalysisPipeline.class);
    /** Claims per organization per pass, so that one busy organization does not starve the others. */
    private static final int ROUNDS_PER_ORGANIZATION = 5;

    private final TranscriptStore transcripts;
    private final ConversationAnalysis analysis;
    private final AnalysisRecorder recorder;
    private final SemanticIndex semantic;
    private final TransactionTemplate tx;
    private final TenantTransactions tenants;
    private final ConversationsProperties.Pipeline settings;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    AnalysisPipeline(
            TranscriptStore transcripts,
            ConversationAnalysis analysis,
            AnalysisRecorder recorder,
            SemanticIndex semantic,
            TransactionTemplate tx,
            TenantTransactions tenants,
            ConversationsProperties properties) {
        this.transcripts = transcripts;
        this.analysis = analysis;
        this.recorder = recorder;
        this.semantic = semantic;
        this.tx = tx;
        this.tenants = tenants;
        this.settings = properties.pipeline();
    }

    /** Starts a pass as soon as the current transaction commits (or now, outside one). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    void wake() {
        workers.execute(this::drain);
    }

    @Scheduled(
            fixedDelayString = "${switchboard.conversations.pipeline.poll:PT2S}",
            initialDelayString = "${switchboard.conversations.pipeline.poll:PT2S}")
    void poll() {
        drain();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** One pass at a time per node; a wake during a pass runs another pass after it. */
    void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                pass();
            } while (again.get());
        } finally {
            running.set(false);
        }
    }

    private void pass() {
        List<UUID> organizations = tx.execute(status -> transcripts.organizationsWithWork());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            try {
                work(OrganizationId.of(organization));
            } catch (RuntimeException e) {
                log.warn("analysis pipeline failed for organization {}: {}", organization, e.toString());
            }
        }
    }

    private void work(OrganizationId organization) {
        for (int round = 0; round < ROUNDS_PER_ORGANIZATION; round++) {
            List<Claim> claims = tenants.call(
                    organization, () -> transcripts.claim(settings.concurrency(), settings.claimTimeout()));
            if (claims.isEmpty()) {
                return;
            }
            List<Future<?>> running = new ArrayList<>();
            for (Claim claim : claims) {
                running.add(workers.submit(() -> TenantContext.runAs(organization, () -> analyse(claim))));
            }
            for (Future<?> future : running) {
                await(future);
            }
        }
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
        } catch (RuntimeException e) {
            log.warn("analysis of call {} failed", claim.callId(), e);
            try {
                recorder.failed(claim, "unexpected error: " + e.getClass().getSimpleName(), true);
            } catch (RuntimeException again) {
                // The claim lapses and another pass takes the transcript again.
                log.warn("could not record the failure of call {}: {}", claim.callId(), again.toString());
            }
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("analysis task failed: {}", e.getCause().toString());
        }
    }
}
