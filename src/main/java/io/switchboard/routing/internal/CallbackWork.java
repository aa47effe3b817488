package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.TaskWentOverdue;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkRouting;
import io.switchboard.shared.UserId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A follow-up task of a lead fell due (a callback asked for in a call, or any follow-up gone
 * overdue): if nobody owns the lead, or its person (the task's assignee, else the lead's owner) is
 * offline, it becomes callback work on the organization's callback queue, offered to the floor;
 * accepting it makes the agent the lead's owner and the task's assignee ({@code RoutingListeners}).
 * The task's deadline job runs at its due time, which the follow-up computed in the lead's zone.
 */
@Component
class CallbackWork {

    /** Above ordinary work (0), below a caller waiting on the line (80): someone asked for this call. */
    static final int PRIORITY = 60;

    private final QueueStore queues;
    private final WorkStore work;
    private final AgentStore agents;
    private final LeadDirectory leads;
    private final ObjectProvider<WorkRouting> routing;

    CallbackWork(
            QueueStore queues,
            WorkStore work,
            AgentStore agents,
            LeadDirectory leads,
            ObjectProvider<WorkRouting> routing) {
        this.queues = queues;
        this.work = work;
        this.agents = agents;
        this.leads = leads;
        this.routing = routing;
    }

    void due(TaskWentOverdue task) {
        if (task.leadId() == null || work.hasTaskWork(task.taskId().value())) {
            return;
        }
        Optional<RoutingQueuesRecord> queue = queues.callbackQueue();
        Optional<Lead> lead = leads.find(task.leadId());
        if (queue.isEmpty() || lead.isEmpty()) {
            return;
        }
        String why = unattended(task.assignee(), lead.get());
        if (why == null) {
            return;
        }
        Work created = routing.getObject()
                .queue(
                        QueueId.of(queue.get().getId()),
                        new NewWork(WorkKind.CALLBACK, task.leadId(), null, PRIORITY, List.of(), null));
        work.linkTask(created.id(), task.taskId().value());
        work.decide(
                created.id(),
                null,
                Strategy.fromCode(queue.get().getStrategy()),
                "callback due: " + task.title() + " (" + why + ")");
    }

    /** Why nobody will act on it, or null when its person is on the floor. */
    private @Nullable String unattended(@Nullable UserId assignee, Lead lead) {
        UserId person = assignee != null ? assignee : lead.ownerId();
        if (person == null) {
            return "nobody owns the lead";
        }
        if (!agents.online(person)) {
            return assignee != null ? "its assignee is offline" : "the lead's owner is offline";
        }
        return null;
    }
}
