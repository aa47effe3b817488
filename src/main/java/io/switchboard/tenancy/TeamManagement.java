package io.switchboard.tenancy;

import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.internal.Teams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TeamManagement {

    private final Teams teams;
    private final ApplicationEventPublisher events;

    TeamManagement(Teams teams, ApplicationEventPublisher events) {
        this.teams = teams;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public CursorPage<Team> list(
            @Nullable TeamId parent,
            @Nullable TeamType type,
            @Nullable String q,
            @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(teams.list(parent, type, q, CursorPage.after(cursor), size), size, t -> t.id().value());
    }

    @Transactional(readOnly = true)
    public Team get(TeamId id) {
        return teams.find(id).orElseThrow(() -> new NotFound("team", id));
    }

    @Transactional(readOnly = true)
    public int count() {
        return teams.count();
    }

    @Transactional
    public Team create(NewTeam command) {
        TeamId id = TeamId.generate();
        TeamType type = command.teamType() == null ? TeamType.TEAM : command.teamType();
        checkHierarchy(type, command.parentTeamId(), List.of());
        var record = teams.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(id.value());
        record.setName(command.name().trim());
        record.setTeamType(type.toString());
        record.setParentTeamId(
                command.parentTeamId() == null ? null : command.parentTeamId().value());
        record.setManagerId(command.managerId());
        if (command.budget() != null) {
            record.setBudgetMinor(command.budget().amountMinor());
            record.setBudgetCurrency(command.budget().currency());
        }
        record.setLocation(command.location());
        record.setDescription(command.description());
        record.store();
        events.publishEvent(new TeamCreated(record.getOrganizationId(), id, record.getName()));
        return get(id);
    }

    @Transactional
    public Team update(TeamId id, TeamChanges changes) {
        var record = teams.findRecord(id).orElseThrow(() -> new NotFound("team", id));
        Patches.require(changes.name(), "name", name -> record.setName(name.trim()));
        Patches.require(changes.teamType(), "team_type", type -> record.setTeamType(type.toString()));
        Patches.apply(changes.parentTeamId(), TeamId::value, record::setParentTeamId);
        Patches.apply(changes.managerId(), record::setManagerId);
        Patches.apply(changes.budget(), budget -> {
            record.setBudgetMinor(budget == null ? null : budget.amountMinor());
            record.setBudgetCurrency(budget == null ? null : budget.currency());
        });
        Patches.apply(changes.location(), record::setLocation);
        Patches.apply(changes.description(), record::setDescription);
        if (changes.teamType() != null || changes.parentTeamId() != null) {
            TeamId parent = record.getParentTeamId() == null ? null : TeamId.of(record.getParentTeamId());
            checkHierarchy(TeamType.fromCode(record.getTeamType()), parent, teams.childTypes(id));
        }
        record.store();
        return get(id);
    }

    @Transactional
    public void delete(TeamId id) {
        teams.findRecord(id).orElseThrow(() -> new NotFound("team", id));
        if (teams.hasChildren(id)) {
            throw new Conflict("team_has_children", "move or delete the teams under this one first");
        }
        teams.delete(id);
        events.publishEvent(new TeamDeleted(TenantContext.require().value(), id));
    }

    @Transactional(readOnly = true)
    public List<UUID> members(TeamId id) {
        get(id);
        return teams.members(id);
    }

    /**
     * Who works beside {@code user}: everyone in the teams they belong to or manage (themselves
     * included), and those teams' projects.
     */
    @Transactional(readOnly = true)
    public TeamCircle circleOf(UUID user) {
        List<UUID> mine = teams.teamsOf(user);
        if (mine.isEmpty()) {
            return new TeamCircle(Set.of(user), Set.of());
        }
        var people = new HashSet<>(teams.people(mine));
        people.add(user);
        return new TeamCircle(people, Set.copyOf(teams.projects(mine)));
    }

    /** The teams {@code user} belongs to or manages. */
    @Transactional(readOnly = true)
    public List<UUID> teamsOf(UUID user) {
        return teams.teamsOf(user);
    }

    /** The people and projects of one person's teams. */
    public record TeamCircle(Set<UUID> people, Set<UUID> projects) {}

    @Transactional
    public void addMember(TeamId id, UUID user) {
        get(id);
        teams.addMember(id, user, TenantContext.require().value());
    }

    @Transactional
    public void removeMember(TeamId id, UUID user) {
        get(id);
        if (!teams.removeMember(id, user)) {
            throw new NotFound("team member", user);
        }
    }

    private void checkHierarchy(TeamType type, @Nullable TeamId parentId, List<TeamType> children) {
        TeamType parentType = null;
        if (parentId != null) {
            parentType = teams.findRecord(parentId)
                    .map(p -> TeamType.fromCode(p.getTeamType()))
                    .orElseThrow(() -> new InvalidInput("parent_team_id", "invalid_reference", "no such team"));
        }
        if (TeamHierarchy.check(type, parentType, children) instanceof TeamHierarchy.Refused refused) {
            throw new InvalidInput("parent_team_id", "invalid_hierarchy", refused.reason());
        }
    }
}
