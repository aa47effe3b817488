package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkId;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A queue's team: a queue with a team offers its work to that team's members only (a queue of no
 * team, to anyone with the skills). Membership is read once per dispatch round, not per work.
 */
@Component
class QueueTeams {

    private final TeamManagement teams;
    private final WorkStore work;

    QueueTeams(TeamManagement teams, WorkStore work) {
        this.teams = teams;
        this.work = work;
    }

    /** For each queue that has a team: the team's name and members. */
    Map<UUID, Members> of(Collection<RoutingQueuesRecord> queues) {
        Map<UUID, Members> byTeam = new HashMap<>();
        Map<UUID, Members> byQueue = new HashMap<>();
        for (RoutingQueuesRecord q : queues) {
            if (q.getTeamId() != null) {
                byQueue.put(q.getId(), byTeam.computeIfAbsent(q.getTeamId(), this::members));
            }
        }
        return byQueue;
    }

    private Members members(UUID team) {
        TeamId id = TeamId.of(team);
        return new Members(teams.get(id).name(), new HashSet<>(teams.members(id)));
    }

    /**
     * Explains a work left waiting although agents outside its queue's team were free for it; once
     * per work and reason, since every dispatch round would find the same.
     */
    void passedOver(WorkItemsRecord w, RoutingQueuesRecord q, Members team, int outsiders) {
        String reason = "waiting: no member of team " + team.name() + " is free for it; " + outsiders
                + (outsiders == 1 ? " free agent was" : " free agents were")
                + " passed over, not in the team";
        work.decideOnce(WorkId.of(w.getId()), Strategy.fromCode(q.getStrategy()), reason);
    }

    record Members(String name, Set<UUID> ids) {

        boolean contains(UUID user) {
            return ids.contains(user);
        }
    }
}
