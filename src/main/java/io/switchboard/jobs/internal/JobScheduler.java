package io.switchboard.jobs.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.RecurringJob;
import io.switchboard.tenancy.OrganizationId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * db-scheduler under Switchboard's jobs: table {@code scheduled_tasks}, JSON data, instances
 * claimed with {@code FOR UPDATE SKIP LOCKED} so that each runs on one node, heartbeats so that a
 * dead node's running jobs are taken over. Scheduling goes through a data source that joins the
 * caller's transaction; the scheduler itself starts with the application and stops before the
 * database pools close (it is rebuilt on a restart, as a paused test context does).
 */
@Component
public class JobScheduler implements SmartLifecycle {

    private final DataSource dataSource;
    private final JobsProperties properties;
    private final Map<String, TenantTask<?>> tenantTasks = new HashMap<>();
    private final List<Task<?>> tasks = new ArrayList<>();
    private final List<RecurringTask<Void>> recurringTasks = new ArrayList<>();
    private final SchedulerClient client;
    private volatile @Nullable Scheduler running;

    JobScheduler(
            DataSource dataSource,
            TransactionTemplate tx,
            JobsProperties properties,
            List<Job<?>> jobs,
            List<RecurringJob> recurring) {
        // Scheduling inside a transaction stores the job in that transaction.
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.properties = properties;
        for (Job<?> job : jobs) {
            TenantTask<?> task = new TenantTask<>(job, tx, this::wake);
            if (tenantTasks.put(job.name(), task) != null) {
                throw new IllegalStateException("two jobs are named " + job.name());
            }
            tasks.add(task);
        }
        for (RecurringJob job : recurring) {
            recurringTasks.add(recurringTask(job));
        }
        List<Task<?>> known = new ArrayList<>(tasks);
        known.addAll(recurringTasks);
        this.client = SchedulerClient.Builder.create(this.dataSource, known)
                .serializer(new JsonTaskSerializer())
                .build();
    }

    public <T> void schedule(
            Job<T> job, OrganizationId organization, String key, T payload, Instant at, boolean replace) {
        TenantTask<T> task = task(job);
        JobEnvelope envelope = new JobEnvelope(organization.value(), JsonTaskSerializer.MAPPER.valueToTree(payload));
        var instance = task.instance(task.instanceId(organization, key), envelope);
        if (replace) {
            client.schedule(instance, at, SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } else {
            client.scheduleIfNotExists(instance, at);
        }
        wakeAfterCommit(at);
    }

    public void cancel(Job<?> job, OrganizationId organization, String key) {
        TenantTask<?> task = task(job);
        TaskInstanceId id = TaskInstanceId.of(job.name(), task.instanceId(organization, key));
        if (client.getScheduledExecution(id).isPresent()) {
            client.cancel(id);
        }
    }

    public boolean exists(Job<?> job, OrganizationId organization, String key) {
        return client.getScheduledExecution(
                        TaskInstanceId.of(job.name(), task(job).instanceId(organization, key)))
                .isPresent();
    }

    @SuppressWarnings("unchecked")
    private <T> TenantTask<T> task(Job<T> job) {
        TenantTask<?> task = tenantTasks.get(job.name());
        if (task == null || task.job() != job) {
            throw new IllegalArgumentException("job " + job.name() + " is not a bean");
        }
        return (TenantTask<T>) task;
    }

    /** A job due now starts after the commit that scheduled it, not at the next poll. */
    private void wakeAfterCommit(Instant at) {
        if (at.isAfter(Instant.now().plus(properties.pollInterval()))) {
            return;
        }
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

    private void wake() {
        Scheduler scheduler = running;
        if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    private static RecurringTask<Void> recurringTask(RecurringJob job) {
        Schedule schedule = job.every() != null
                ? FixedDelay.of(job.every())
                : Schedules.cron(Objects.requireNonNull(job.cron()), ZoneOffset.UTC);
        return Tasks.recurring(job.name(), schedule)
                .execute((instance, context) -> job.work().run());
    }

    @Override
    public synchronized void start() {
        if (running != null) {
            return;
        }
        Scheduler scheduler = Scheduler.create(dataSource, tasks)
                .startTasks(recurringTasks) // scheduled on start unless they are already
                .serializer(new JsonTaskSerializer())
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .threads(properties.threads())
                .pollingInterval(properties.pollInterval())
                .pollUsingLockAndFetch(0.5, 1.0)
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .shutdownMaxWait(properties.shutdownWait())
                .build();
        scheduler.start();
        running = scheduler;
    }

    /** Unique per running scheduler, so that two nodes on one host (or two test contexts) differ. */
    private static String nodeName() {
        String host = new SchedulerName.Hostname().getName();
        return host + "-" + ProcessHandle.current().pid() + "-"
                + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 30), 36);
    }

    @Override
    public synchronized void stop() {
        Scheduler scheduler = running;
        running = null;
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
