package io.switchboard.routing;

import io.switchboard.routing.internal.AgentStore;
import io.switchboard.routing.internal.PresenceFlow;
import io.switchboard.routing.internal.Presences;
import io.switchboard.routing.internal.WorkStore;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.PeopleDirectory;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agents' status, presence, skills and capacity. */
@Service
public class AvailabilityManagement {

    private final AgentStore agents;
    private final WorkStore work;
    private final PresenceFlow presence;
    private final Presences presences;
    private final PeopleDirectory people;
    private final Clock clock;

    AvailabilityManagement(
            AgentStore agents,
            WorkStore work,
            PresenceFlow presence,
            Presences presences,
            PeopleDirectory people,
            Clock clock) {
        this.agents = agents;
        this.work = work;
        this.presence = presence;
        this.presences = presences;
        this.people = people;
        this.clock = clock;
    }

    /** The agent's own change; a change to available offers them waiting work in this transaction. */
    @Transactional
    public AgentPresence set(UserId agent, AgentStatus to, @Nullable String reason) {
        presence.set(agent, to, reason == null || reason.isBlank() ? null : reason.strip(), work.onCall(agent));
        return presences.of(agent);
    }

    @Transactional
    public void heartbeat(UserId agent) {
        presence.heartbeat(agent);
    }

    @Transactional(readOnly = true)
    public AgentPresence mine(UserId agent) {
        return agents.find(agent).isPresent() ? presences.of(agent) : presences.absent(agent);
    }

    /**
     * Every agent who ever set a status, with today's calls and talk time; a caller whose reach is
     * their teams (a supervisor) sees their teams' people only.
     */
    @Transactional(readOnly = true)
    public List<AgentPresence> all() {
        List<AgentPresence> all = presences.all();
        return RecordReach.current()
                .filter(r -> r.leads() != Reach.ALL)
                .map(r -> all.stream()
                        .filter(a -> r.teammates().contains(a.userId().value()))
                        .toList())
                .orElse(all);
    }

    @Transactional
    public List<SkillLevel> setSkills(UserId user, List<SkillLevel> skills) {
        requireMember(user);
        long distinct = skills.stream().map(SkillLevel::skill).distinct().count();
        if (distinct != skills.size()) {
            throw new io.switchboard.shared.InvalidInput("skills", "duplicate_skill", "each skill may appear once");
        }
        agents.replaceSkills(user, skills);
        return agents.skills(user);
    }

    @Transactional(readOnly = true)
    public List<SkillLevel> skills(UserId user) {
        requireMember(user);
        return agents.skills(user);
    }

    /** Demo and benchmark agents that answer their offers by themselves. */
    @Transactional
    public void simulate(UserId agent, boolean simulated) {
        agents.simulate(agent, simulated, clock.instant());
    }

    private void requireMember(UserId user) {
        boolean member = people.people().stream().anyMatch(p -> p.id().equals(user.value()));
        if (!member) {
            throw new NotFound("user", user);
        }
    }
}
