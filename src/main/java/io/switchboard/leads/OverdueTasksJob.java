package io.switchboard.leads;

import io.switchboard.leads.internal.Tasks;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Marks open tasks past their due time as overdue, organization by organization (safe on many nodes). */
@Component
class OverdueTasksJob {

    private final Tasks tasks;
    private final TaskManagement management;
    private final TransactionTemplate tx;

    OverdueTasksJob(Tasks tasks, TaskManagement management, TransactionTemplate tx) {
        this.tasks = tasks;
        this.management = management;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${switchboard.leads.overdue-check:PT1M}", initialDelayString = "PT10S")
    void markOverdue() {
        List<UUID> organizations = tx.execute(status -> tasks.organizationsWithOverdueTasks());
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            TenantContext.runAs(OrganizationId.of(organization), management::markOverdue);
        }
    }
}
