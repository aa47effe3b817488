package io.switchboard.shared;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The records the current request may see, resolved once from its caller and bound to the thread
 * like {@link TenantContext}. Each module's repository turns it into one query condition; a thread
 * without one (jobs, listeners, the dialer) works on behalf of the whole organization and sees all.
 *
 * @param user the caller
 * @param leads reach among leads: own = owned by the caller or unassigned in one of the caller's
 *     teams' projects; team = owned by a teammate or unassigned in a team project
 * @param calls reach among calls: the calls of leads within {@code calls}' own reach, measured like
 *     {@code leads}, or handled by the caller
 * @param tasks reach among tasks: assigned to the caller, to a teammate, or any
 * @param teammates the members of the caller's teams, the caller included
 * @param teamProjects the projects of the caller's teams: their unassigned leads are the team's pool
 */
public record RecordReach(
        UserId user, Reach leads, Reach calls, Reach tasks, Set<UUID> teammates, Set<UUID> teamProjects) {

    private static final ThreadLocal<@Nullable RecordReach> CURRENT = new ThreadLocal<>();

    public RecordReach {
        teammates = Set.copyOf(teammates);
        teamProjects = Set.copyOf(teamProjects);
    }

    public static Optional<RecordReach> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds a reach until the scope closes, then restores the previous one. */
    public static CallerContext.Scope open(@Nullable RecordReach reach) {
        RecordReach previous = CURRENT.get();
        if (reach == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(reach);
        }
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * Whether the current request reaches every record of one type (a thread without a reach does):
     * {@code reachesAll(RecordReach::calls)}. Streams of every record of a type need it.
     */
    public static boolean reachesAll(Function<RecordReach, Reach> part) {
        return current().map(part).map(Reach.ALL::equals).orElse(true);
    }

    /** Whether {@code user} is within {@code reach} of the caller (for records assigned to someone). */
    public boolean covers(Reach reach, @Nullable UUID owner) {
        return switch (reach) {
            case ALL -> true;
            case TEAM -> owner != null && (owner.equals(user.value()) || teammates.contains(owner));
            case OWN -> owner != null && owner.equals(user.value());
        };
    }
}
