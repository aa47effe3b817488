package io.switchboard.routing.web;

import io.switchboard.leads.LeadDirectory;
import io.switchboard.routing.QueueVisit;
import io.switchboard.routing.VisitOutcome;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkStatus;
import io.switchboard.shared.CursorPage;
import io.switchboard.tenancy.PeopleDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One work in a queue's day list, with the lead's and the agent's names.
 *
 * @param waitSeconds how long it waited in this queue: until answered, until it left, or until now
 * @param outcome how its stay in this queue ended (null: still there)
 */
record VisitedWork(
        UUID workId,
        WorkKind kind,
        WorkStatus status,
        @Nullable UUID leadId,
        @Nullable String leadName,
        @Nullable UUID agentId,
        @Nullable String agentName,
        Instant enteredAt,
        @Nullable Instant answeredAt,
        @Nullable Instant leftAt,
        @Nullable VisitOutcome outcome,
        boolean withinSla,
        long waitSeconds) {

    /** The page's visits with names, read once per page. */
    static CursorPage<VisitedWork> of(
            CursorPage<QueueVisit> page, LeadDirectory leads, PeopleDirectory people, Instant now) {
        Map<UUID, String> leadNames = leads.names(page.data().stream()
                .map(QueueVisit::leadId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<UUID, String> agentNames = page.data().stream().anyMatch(v -> v.agentId() != null)
                ? people.people().stream()
                        .collect(
                                Collectors.toMap(PeopleDirectory.Person::id, PeopleDirectory.Person::name, (a, b) -> a))
                : Map.of();
        return page.map(v -> {
            Instant until = v.answeredAt() != null ? v.answeredAt() : v.leftAt() != null ? v.leftAt() : now;
            return new VisitedWork(
                    v.workId().value(),
                    v.kind(),
                    v.status(),
                    v.leadId(),
                    v.leadId() == null ? null : leadNames.get(v.leadId()),
                    v.agentId() == null ? null : v.agentId().value(),
                    v.agentId() == null ? null : agentNames.get(v.agentId().value()),
                    v.enteredAt(),
                    v.answeredAt(),
                    v.leftAt(),
                    v.outcome(),
                    v.withinSla(),
                    Math.max(0, Duration.between(v.enteredAt(), until).toSeconds()));
        });
    }
}
