package io.switchboard.leads;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.internal.Tasks;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.TenantContext;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * An open task becomes overdue when its due time passes: each open task has a job due at that time
 * (moved with the due time, dropped when the task closes), so nothing scans for late tasks. Going
 * overdue is an event: routing offers a callback nobody online owns to the floor.
 */
@Component
class TaskDeadlines {

    /** The job's payload. */
    record Due(TaskId task) {}

    private final Jobs jobs;
    private final Job<Due> overdue;

    TaskDeadlines(Jobs jobs, Job<Due> overdue) {
        this.jobs = jobs;
        this.overdue = overdue;
    }

    /** Keeps the task's job in step with its status and due time (in the caller's transaction). */
    void watch(Task task) {
        String key = task.id().toString();
        if (task.status() == TaskStatus.PENDING || task.status() == TaskStatus.IN_PROGRESS) {
            jobs.schedule(overdue, key, new Due(task.id()), task.dueAt());
        } else {
            jobs.cancel(overdue, key);
        }
    }

    void forget(TaskId task) {
        jobs.cancel(overdue, task.toString());
    }

    @Configuration(proxyBeanMethods = false)
    static class DeadlineJobs {

        @Bean
        Job<Due> taskOverdue(Tasks tasks, ApplicationEventPublisher events) {
            return Job.once(
                    "leads.task-overdue",
                    Due.class,
                    RetryPolicy.doubling(Duration.ofSeconds(10), Duration.ofMinutes(10)),
                    due -> {
                        if (tasks.markOverdue(due.task())) {
                            tasks.find(due.task())
                                    .ifPresent(t -> events.publishEvent(new TaskWentOverdue(
                                            TenantContext.require().value(),
                                            t.id(),
                                            t.leadId(),
                                            t.title(),
                                            t.assigneeId(),
                                            t.dueAt())));
                        }
                    });
        }
    }
}
