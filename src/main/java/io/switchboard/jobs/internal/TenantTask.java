package io.switchboard.jobs.internal;

import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.SchedulableTaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.switchboard.jobs.Job;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link Job} as db-scheduler sees it: each run reads the payload, enters the organization and
 * runs the handler in one transaction; a failure is retried by the job's policy, and when the policy
 * gives up the job's give-up step runs (also in the organization's transaction) and the instance is
 * removed.
 */
final class TenantTask<T> extends AbstractTask<JobEnvelope> {

    private static final Logger log = LoggerFactory.getLogger(TenantTask.class);

    private final Job<T> job;
    private final TransactionTemplate tx;
    private final Runnable wake;

    /** @param wake looks for due jobs at once (a repeating job that asked to run again now) */
    TenantTask(Job<T> job, TransactionTemplate tx, Runnable wake) {
        this(job, tx, wake, new Retry<>());
    }

    private TenantTask(Job<T> job, TransactionTemplate tx, Runnable wake, Retry<T> retry) {
        super(job.name(), JobEnvelope.class, retry, new DeadExecutionHandler.ReviveDeadExecution<>());
        this.job = job;
        this.tx = tx;
        this.wake = wake;
        retry.task = this;
    }

    @Override
    public SchedulableInstance<JobEnvelope> schedulableInstance(String id) {
        throw new UnsupportedOperationException("a job instance always has data");
    }

    @Override
    public SchedulableInstance<JobEnvelope> schedulableInstance(String id, JobEnvelope data) {
        return new SchedulableTaskInstance<>(instance(id, data), now -> now);
    }

    @Override
    public CompletionHandler<JobEnvelope> execute(TaskInstance<JobEnvelope> instance, ExecutionContext context) {
        JobEnvelope envelope = instance.getData();
        T payload = payload(envelope);
        Instant next =
                inOrganization(envelope, () -> job.transactional() ? tx.execute(status -> run(payload)) : run(payload));
        if (next == null) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        return (complete, operations) -> {
            operations.reschedule(complete, next);
            // A job working through batches asks to run again now: not a poll interval later.
            if (!next.isAfter(complete.getTimeDone())) {
                wake.run();
            }
        };
    }

    private @Nullable Instant run(T payload) {
        try {
            return job.handler().run(payload);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new JobFailed(e);
        }
    }

    String instanceId(OrganizationId organization, String key) {
        return organization.value() + ":" + key;
    }

    Job<T> job() {
        return job;
    }

    private T payload(JobEnvelope envelope) {
        return JsonTaskSerializer.MAPPER.treeToValue(envelope.payload(), job.payloadType());
    }

    private <R> @Nullable R inOrganization(JobEnvelope envelope, java.util.function.Supplier<@Nullable R> work) {
        if (envelope.organization() == null) {
            throw new IllegalStateException("job " + job.name() + " has no organization");
        }
        return TenantContext.callAs(OrganizationId.of(envelope.organization()), work);
    }

    private void giveUp(JobEnvelope envelope, Throwable cause) {
        T payload = payload(envelope);
        inOrganization(
                envelope,
                () -> tx.execute(status -> {
                    job.giveUp().accept(payload, cause);
                    return null;
                }));
    }

    /** A checked exception of a handler, carried out of the transaction callback. */
    static final class JobFailed extends RuntimeException {
        JobFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The job's retry policy over db-scheduler's count of consecutive failures. */
    private static final class Retry<T> implements FailureHandler<JobEnvelope> {

        private @Nullable TenantTask<T> task;

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<JobEnvelope> operations) {
            TenantTask<T> task = java.util.Objects.requireNonNull(this.task);
            int failures = complete.getExecution().consecutiveFailures + 1;
            Throwable cause = complete.getCause().map(TenantTask::unwrap).orElse(null);
            String reason = cause == null ? "unknown" : cause.toString();
            var next = task.job.retry().nextAttempt(complete.getTimeDone(), failures);
            if (next.isPresent()) {
                log.info(
                        "job {} failed (attempt {}), tries again at {}: {}",
                        complete.getExecution().taskInstance,
                        failures,
                        next.get(),
                        reason);
                operations.reschedule(complete, next.get());
                return;
            }
            log.warn(
                    "job {} failed {} times and is given up: {}",
                    complete.getExecution().taskInstance,
                    failures,
                    reason);
            try {
                task.giveUp(
                        (JobEnvelope) complete.getExecution().taskInstance.getData(),
                        cause == null ? new IllegalStateException("unknown failure") : cause);
            } catch (RuntimeException e) {
                // The give-up step must not be lost (it may mark a mail failed): run it again later.
                log.warn(
                        "job {} could not be given up, tries again later: {}",
                        complete.getExecution().taskInstance,
                        e.toString());
                operations.reschedule(
                        complete, complete.getTimeDone().plus(task.job.retry().longest()));
                return;
            }
            operations.stop();
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof JobFailed && failure.getCause() != null ? failure.getCause() : failure;
    }
}
