package io.switchboard.leads.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.TaskManagement;
import io.switchboard.shared.ConsolePage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count beside "My tasks" in the navigation: the caller's overdue tasks, on every console page. */
@ControllerAdvice(annotations = ConsolePage.class)
class TaskBadge {

    private final TaskManagement tasks;

    TaskBadge(TaskManagement tasks) {
        this.tasks = tasks;
    }

    @ModelAttribute("overdueTasks")
    int overdueTasks() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.getPrincipal() instanceof AuthenticatedUser me
                        && me.has(io.switchboard.identity.Permission.LEADS_READ)
                ? tasks.overdue(me.id())
                : 0;
    }
}
