package io.switchboard.identity;

import static io.switchboard.identity.Permission.*;

import io.switchboard.shared.Codes;
import java.util.EnumSet;
import java.util.Set;

/** The built-in roles and the permissions each one grants. */
public enum Role {
    /** Platform operator: every permission, in any organization. */
    SUPER_ADMIN(EnumSet.allOf(Permission.class), RoleReach.ALL),
    ADMIN(EnumSet.complementOf(EnumSet.of(PLATFORM_ADMIN)), RoleReach.ALL),
    MANAGER(
            EnumSet.of(
                    USERS_READ,
                    TEAMS_READ,
                    TEAMS_WRITE,
                    PROJECTS_READ,
                    PROJECTS_WRITE,
                    ORGANIZATION_READ,
                    LEADS_READ,
                    LEADS_WRITE,
                    LEADS_DELETE,
                    LEADS_IMPORT,
                    LEADS_EXPORT,
                    LEADS_CONFIGURE,
                    SOURCES_MANAGE,
                    CALLS_READ,
                    CALLS_WRITE,
                    CAMPAIGNS_READ,
                    CAMPAIGNS_WRITE,
                    API_KEYS_WRITE,
                    COMPLIANCE_READ,
                    COMPLIANCE_WRITE,
                    BILLING_READ,
                    ANALYTICS_READ,
                    MESSAGES_READ,
                    MESSAGES_SEND,
                    MESSAGING_MANAGE,
                    ROUTING_WORK,
                    ROUTING_READ,
                    ROUTING_MANAGE),
            RoleReach.ALL),
    /** Supervises teams: reaches what their teams (those they belong to or manage) own. */
    SUPERVISOR(
            EnumSet.of(
                    USERS_READ,
                    TEAMS_READ,
                    PROJECTS_READ,
                    ORGANIZATION_READ,
                    LEADS_READ,
                    LEADS_WRITE,
                    LEADS_EXPORT,
                    CALLS_READ,
                    CALLS_WRITE,
                    CAMPAIGNS_READ,
                    COMPLIANCE_READ,
                    COMPLIANCE_WRITE,
                    MESSAGES_READ,
                    MESSAGES_SEND,
                    ROUTING_WORK,
                    ROUTING_READ),
            RoleReach.TEAM),
    /** Works their own leads, calls and tasks, and takes their teams' unassigned leads. */
    AGENT(
            EnumSet.of(
                    TEAMS_READ,
                    PROJECTS_READ,
                    ORGANIZATION_READ,
                    LEADS_READ,
                    LEADS_WRITE,
                    CALLS_READ,
                    COMPLIANCE_READ,
                    MESSAGES_READ,
                    MESSAGES_SEND,
                    ROUTING_WORK),
            RoleReach.OWN);

    private final Set<Permission> permissions;
    private final RoleReach reach;

    Role(Set<Permission> permissions, RoleReach reach) {
        this.permissions = Set.copyOf(permissions);
        this.reach = reach;
    }

    public RoleReach reach() {
        return reach;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** A role may hand out only roles whose permissions it holds itself. */
    public boolean mayAssign(Role other) {
        return permissions.containsAll(other.permissions);
    }

    public static Role fromCode(String code) {
        return Codes.parse(Role.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
