package io.switchboard.notifications;

import io.switchboard.leads.LeadAssigned;
import io.switchboard.leads.NoteMentioned;
import io.switchboard.leads.TaskAssigned;
import io.switchboard.tenancy.TenantTransactions;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells people about leads: when they are mentioned, handed a lead, or given a task. */
@Component
class LeadNotifications {

    private final NotificationCenter center;
    private final TenantTransactions tenants;

    LeadNotifications(NotificationCenter center, TenantTransactions tenants) {
        this.center = center;
        this.tenants = tenants;
    }

    @Async
    @TransactionalEventListener
    void on(NoteMentioned event) {
        tenants.run(
                event,
                () -> center.notify(
                        event.mentioned().value(),
                        "mention",
                        "normal",
                        "You were mentioned on " + event.leadName(),
                        event.excerpt(),
                        "/leads/" + event.leadId(),
                        event.leadId().value()));
    }

    @Async
    @TransactionalEventListener
    void on(LeadAssigned event) {
        if (event.to() != null && !event.to().value().equals(event.assignedBy())) {
            tenants.run(
                    event,
                    () -> center.notify(
                            event.to().value(),
                            "lead_assigned",
                            "normal",
                            event.leadName() + " is now yours",
                            event.reason(),
                            "/leads/" + event.leadId(),
                            event.leadId().value()));
        }
    }

    @Async
    @TransactionalEventListener
    void on(TaskAssigned event) {
        tenants.run(
                event,
                () -> center.notify(
                        event.assignee().value(),
                        "task_assigned",
                        "normal",
                        "New task: " + event.title(),
                        "Due " + event.dueAt(),
                        event.leadId() == null ? "/tasks" : "/leads/" + event.leadId(),
                        event.taskId().value()));
    }
}
