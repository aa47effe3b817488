package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.identity.UserManagement;
import io.switchboard.routing.AssignmentPolicy;
import io.switchboard.routing.AssignmentPolicy.Candidate;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkKind.Channel;
import io.switchboard.routing.internal.AgentStore.Free;
import io.switchboard.shared.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who among the free agents a dispatch round may offer a work to: not those who refused it; for a
 * queue with a team, its members only; for a live call, only agents with a phone on their profile,
 * since accepting bridges the caller to that phone. When such a rule leaves nobody while agents it
 * passed over would have qualified, the wait is a decision of the work, recorded once.
 */
@Component
class OfferPools {

    private final WorkStore work;
    private final QueueStore queues;
    private final QueueTeams teams;
    private final UserManagement users;

    OfferPools(WorkStore work, QueueStore queues, QueueTeams teams, UserManagement users) {
        this.work = work;
        this.queues = queues;
        this.teams = teams;
        this.users = users;
    }

    /** What a round needs to know once for all its works: refusals, teams, the agents with a phone. */
    Round of(List<WorkItemsRecord> waiting, Collection<RoutingQueuesRecord> queues, Map<UUID, Free> free) {
        var refused = work.refusers(waiting.stream().map(WorkItemsRecord::getId).toList());
        Set<UUID> phones = waiting.stream().anyMatch(CallBridge::needsPhone)
                ? users.withPhone(free.keySet().stream().map(UserId::of).toList()).stream()
                        .map(UserId::value)
                        .collect(Collectors.toSet())
                : Set.of();
        return new Round(refused, teams.of(queues), phones);
    }

    List<SkillLevel> required(WorkItemsRecord w, RoutingQueuesRecord q) {
        List<SkillLevel> required = new ArrayList<>(queues.skills(q.getRequiredSkills()));
        required.addAll(queues.skills(w.getRequiredSkills()));
        return required;
    }

    final class Round {

        private final Map<UUID, Set<UUID>> refused;
        private final Map<UUID, QueueTeams.Members> teamOf;
        private final Set<UUID> phones;

        private Round(Map<UUID, Set<UUID>> refused, Map<UUID, QueueTeams.Members> teamOf, Set<UUID> phones) {
            this.refused = refused;
            this.teamOf = teamOf;
            this.phones = phones;
        }

        /** The free agents the work may be offered to (a mutable list: the dispatcher drops whom it cannot lock). */
        List<Candidate> pool(WorkItemsRecord w, RoutingQueuesRecord q, Map<UUID, Free> free) {
            Channel channel = WorkKind.fromCode(w.getKind()).channel();
            Set<UUID> refusers = refused.getOrDefault(w.getId(), Set.of());
            List<Candidate> all = free.values().stream()
                    .map(f -> f.on(channel))
                    .filter(c -> !refusers.contains(c.id().value()))
                    .toList();
            List<SkillLevel> required = required(w, q);
            QueueTeams.Members team = teamOf.get(q.getId());
            List<Candidate> members = team == null ? all : only(all, c -> team.contains(c.id().value()));
            if (team != null && AssignmentPolicy.eligible(required, members).isEmpty()) {
                int outsiders = AssignmentPolicy.eligible(required, all).size();
                if (outsiders > 0) {
                    teams.passedOver(w, q, team, outsiders);
                }
            }
            return new ArrayList<>(CallBridge.needsPhone(w) ? reachable(w, q, required, members) : members);
        }

        private List<Candidate> reachable(
                WorkItemsRecord w, RoutingQueuesRecord q, List<SkillLevel> required, List<Candidate> pool) {
            List<Candidate> reachable = only(pool, c -> phones.contains(c.id().value()));
            if (AssignmentPolicy.eligible(required, reachable).isEmpty()) {
                int without = AssignmentPolicy.eligible(required, pool).size();
                if (without > 0) {
                    work.decideOnce(
                            WorkId.of(w.getId()),
                            Strategy.fromCode(q.getStrategy()),
                            "waiting: the caller is bridged to the agent's phone, and "
                                    + (without == 1
                                            ? "the free agent who could take it has no phone"
                                            : "none of the " + without + " free agents who could take it has a phone")
                                    + " on their profile");
                }
            }
            return reachable;
        }
    }

    private static List<Candidate> only(List<Candidate> candidates, Predicate<Candidate> keep) {
        return candidates.stream().filter(keep).toList();
    }
}
