package io.switchboard.identity;

import io.switchboard.shared.Reach;
import org.jspecify.annotations.Nullable;

/**
 * How far a role reaches among leads, calls and tasks. Permissions say what a role may do; reach
 * says to which records: a record out of reach answers 404, like one of another organization.
 */
public record RoleReach(Reach leads, Reach calls, Reach tasks) {

    public static final RoleReach ALL = new RoleReach(Reach.ALL, Reach.ALL, Reach.ALL);
    public static final RoleReach TEAM = new RoleReach(Reach.TEAM, Reach.TEAM, Reach.TEAM);
    public static final RoleReach OWN = new RoleReach(Reach.OWN, Reach.OWN, Reach.OWN);

    /** This reach with the given parts changed; {@code null} keeps a part. */
    public RoleReach with(@Nullable Reach leads, @Nullable Reach calls, @Nullable Reach tasks) {
        return new RoleReach(
                leads == null ? this.leads : leads,
                calls == null ? this.calls : calls,
                tasks == null ? this.tasks : tasks);
    }

    /** Whether this reach covers at least as much as {@code other} for every record type. */
    public boolean covers(RoleReach other) {
        return leads.compareTo(other.leads) >= 0
                && calls.compareTo(other.calls) >= 0
                && tasks.compareTo(other.tasks) >= 0;
    }
}
