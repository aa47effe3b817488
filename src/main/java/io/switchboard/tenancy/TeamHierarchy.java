package io.switchboard.tenancy;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Departments hold teams, teams hold squads: a parent always ranks strictly above its children,
 * which also rules out cycles in the hierarchy.
 */
public final class TeamHierarchy {

    private TeamHierarchy() {}

    public sealed interface Verdict {}

    public record Allowed() implements Verdict {}

    public record Refused(String reason) implements Verdict {}

    public static Verdict check(TeamType type, @Nullable TeamType parentType, Collection<TeamType> childTypes) {
        if (parentType != null && rank(parentType) <= rank(type)) {
            return new Refused("a " + type + " cannot sit under a " + parentType);
        }
        for (TeamType child : childTypes) {
            if (rank(child) >= rank(type)) {
                return new Refused("a " + type + " cannot hold a " + child);
            }
        }
        return new Allowed();
    }

    private static int rank(TeamType type) {
        return switch (type) {
            case DEPARTMENT -> 3;
            case TEAM -> 2;
            case SQUAD -> 1;
        };
    }
}
