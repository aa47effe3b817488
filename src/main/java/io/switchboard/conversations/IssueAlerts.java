package io.switchboard.conversations;

import io.switchboard.identity.Role;
import io.switchboard.identity.User;
import io.switchboard.identity.UserManagement;
import io.switchboard.identity.UserStatus;
import io.switchboard.leads.Lead;
import io.switchboard.notifications.NotificationCenter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells people of a complaint or a request for a supervisor heard on a call: the lead's owner, and
 * for a request for a supervisor (or a complaint nobody owns) the organization's active supervisors.
 */
@Component
class IssueAlerts {

    private static final int MAX_SUPERVISORS = 20;

    private final NotificationCenter notifications;
    private final UserManagement users;

    IssueAlerts(NotificationCenter notifications, UserManagement users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** Answers whether there was anything to tell. */
    boolean alert(CallAnalyzed event, @Nullable UUID owner, @Nullable Lead lead, Analysis analysis) {
        if (!analysis.complaint() && !analysis.escalationRequested()) {
            return false;
        }
        Set<UUID> recipients = new LinkedHashSet<>();
        if (owner != null) {
            recipients.add(owner);
        }
        if (analysis.escalationRequested() || owner == null) {
            users.list(Role.SUPERVISOR, UserStatus.ACTIVE, null, null, MAX_SUPERVISORS).data().stream()
                    .map(User::id)
                    .forEach(id -> recipients.add(id.value()));
        }
        String name = lead == null ? "a caller" : lead.name();
        String title = analysis.escalationRequested() ? "Supervisor requested by " + name : "Complaint from " + name;
        String kind = analysis.escalationRequested() ? "escalation" : "complaint";
        for (UUID recipient : recipients) {
            notifications.notify(
                    recipient,
                    kind,
                    "high",
                    title,
                    analysis.nextSteps().isEmpty()
                            ? analysis.summary()
                            : analysis.nextSteps().getFirst(),
                    "/calls/" + event.callId(),
                    event.callId().value());
        }
        return true;
    }
}
