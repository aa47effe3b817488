package io.switchboard.identity.internal;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.CustomRole;
import io.switchboard.identity.RoleReach;
import io.switchboard.shared.RecordReach;
import io.switchboard.tenancy.TeamManagement;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A caller's {@link RecordReach}: their custom role's reach if they hold one, else their built-in
 * role's, with the people and projects of their teams. Read with a session's access and remembered
 * with it (AccessCache): a changed role reaches its holders at their next request, a team within 5 s.
 */
@Component
public class Reaches {

    private final Users users;
    private final CustomRoleStore roles;
    private final TeamManagement teams;

    Reaches(Users users, CustomRoleStore roles, TeamManagement teams) {
        this.users = users;
        this.roles = roles;
        this.teams = teams;
    }

    /** Must run in the caller's organization, inside a transaction. */
    public RecordReach of(AuthenticatedUser caller) {
        RoleReach reach = caller.isSuperAdmin()
                ? RoleReach.ALL
                : users.findRecord(caller.id())
                        .map(u -> u.getCustomRoleId() == null
                                ? caller.role().reach()
                                : roles.find(u.getCustomRoleId())
                                        .map(CustomRole::reach)
                                        .orElse(RoleReach.OWN))
                        .orElse(RoleReach.OWN);
        if (reach.equals(RoleReach.ALL)) {
            return new RecordReach(caller.id(), reach.leads(), reach.calls(), reach.tasks(), Set.of(), Set.of());
        }
        var circle = teams.circleOf(caller.id().value());
        return new RecordReach(
                caller.id(), reach.leads(), reach.calls(), reach.tasks(), circle.people(), circle.projects());
    }
}
