package io.switchboard.jobs.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.RecurringJob;
import io.switchboard.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
    private final TransactionTemplate tx;
    private final JobsProperties properties;
    private final ObjectProvider<Job<?>> jobBeans;
    private final ObjectProvider<RecurringJob> recurringBeans;
    private volatile @Nullable Registry registry;
    private volatile @Nullable Scheduler running;

    /** The jobs declared as beans, as db-scheduler tasks, and a client that knows them. */
    private record Registry(
            Map<String, TenantTask<?>> tenantTasks,
            List<Task<?>> tasks,
            List<RecurringTask<Void>> recurringTasks,
            SchedulerClient client) {}

    /**
     * The job beans are looked up when first needed, not here: their handlers use services that
     * schedule jobs, so asking for them at construction would make a cycle.
     */
    JobScheduler(
            DataSource dataSource,
            TransactionTemplate tx,
            JobsProperties properties,
            ObjectProvider<Job<?>> jobs,
            ObjectProvider<RecurringJob> recurring) {
        // Scheduling inside a transaction stores the job in that transaction.
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.tx = tx;
        this.properties = properties;
        this.jobBeans = jobs;
        this.recurringBeans = recurring;
    }

    private Registry registry() {
        Registry known = registry;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registry == null) {
                Map<String, TenantTask<?>> tenantTasks = new HashMap<>();
                List<Task<?>> tasks = new ArrayList<>();
                for (Job<?> job : jobBeans.orderedStream().toList()) {
                    TenantTask<?> task = new TenantTask<>(job, tx, this::wake);
                    if (tenantTasks.put(job.name(), task) != null) {
                        throw new IllegalStateException("two jobs are named " + job.name());
                    }
                    tasks.add(task);
                }
                List<RecurringTask<Void>> recurringTasks = recurringBeans
                        .orderedStream()
                        .map(JobScheduler::recurringTask)
                        .toList();
                List<Task<?>> all = new ArrayList<>(tasks);
                all.addAll(recurringTasks);
                SchedulerClient client = SchedulerClient.Builder.create(dataSource, all)
                        .serializer(new JsonTaskSerializer())
                        .build();
                registry = new Registry(Map.copyOf(tenantTasks), List.copyOf(tasks), recurringTasks, client);
            }
            return registry;
        }
    }

    public <T> void schedule(
            Job<T> job, OrganizationId organization, String key, T payload, Instant at, boolean replace) {
        TenantTask<T> task = task(job);
        JobEnvelope envelope = new JobEnvelope(organization.value(), JsonTaskSerializer.MAPPER.valueToTree(payload));
        var instance = task.instance(task.instanceId(organization, key), envelope);
        if (replace) {
            try {
                registry().client().schedule(instance, at, SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
            } catch (TaskInstanceCurrentlyExecutingException e) {
                // The instance runs right now: its handler reads the current state and answers
                // when to run next, so this request is not lost.
                return;
            }
        } else {
            registry().client().scheduleIfNotExists(instance, at);
        }
        wakeAfterCommit(at);
    }

    public void cancel(Job<?> job, OrganizationId organization, String key) {
        TenantTask<?> task = task(job);
        TaskInstanceId id = TaskInstanceId.of(job.name(), task.instanceId(organization, key));
        SchedulerClient client = registry().client();
        if (client.getScheduledExecution(id).isPresent()) {
            try {
                client.cancel(id);
            } catch (TaskInstanceCurrentlyExecutingException e) {
                // A run under way is not stopped: its handler reads the state it acts on, which the
                // caller is changing (an offer's expiry finds it accepted), and failing the caller
                // here would undo that change.
            }
        }
    }

    public boolean exists(Job<?> job, OrganizationId organization, String key) {
        return registry()
                .client()
                .getScheduledExecution(TaskInstanceId.of(job.name(), task(job).instanceId(organization, key)))
                .isPresent();
    }

    @SuppressWarnings("unchecked")
    private <T> TenantTask<T> task(Job<T> job) {
        TenantTask<?> task = registry().tenantTasks().get(job.name());
        if (task == null || task.job() != job) {
            throw new IllegalArgumentException("job " + job.name() + " is not a bean");
        }
        return (TenantTask<T>) task;
    }

    /**
     * A job due before the next poll starts when it is due, not at the poll: after the commit that
     * scheduled it, or at its time if that is later (a rollup gathered for a second waited up to a
     * whole poll interval more). The wake is only a hint: the job is in the table either way.
     */
    private void wakeAfterCommit(Instant at) {
        if (at.isAfter(Instant.now().plus(properties.jobs().pollInterval()))) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeAt(at);
                }
            });
        } else {
            wakeAt(at);
        }
    }

    private void wakeAt(Instant at) {
        long delay = Duration.between(Instant.now(), at).toMillis();
        if (delay <= 0) {
            wake();
        } else {
            CompletableFuture.runAsync(this::wake, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
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
        SchedulerLogging.install();
        Registry known = registry();
        Scheduler scheduler = Scheduler.create(dataSource, known.tasks())
                .startTasks(known.recurringTasks()) // scheduled on start unless they are already
                .serializer(new JsonTaskSerializer())
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .threads(properties.jobs().threads())
                .pollingInterval(properties.jobs().pollInterval())
                .pollUsingLockAndFetch(0.5, 1.0)
                .heartbeatInterval(properties.jobs().heartbeatInterval())
                .missedHeartbeatsLimit(properties.jobs().missedHeartbeats())
                .shutdownMaxWait(properties.jobs().shutdownWait())
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
