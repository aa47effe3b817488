package io.switchboard.scoring.internal;

import io.switchboard.scoring.RuleCategory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A rule's values as they are checked and saved (its current version when read back). */
public record RuleDraft(
        String name,
        RuleCategory category,
        JsonNode criteria,
        int points,
        @Nullable String group,
        boolean active,
        @Nullable Integer halfLifeDays,
        int version) {

    public RuleDraft withVersion(int next) {
        return new RuleDraft(name, category, criteria, points, group, active, halfLifeDays, next);
    }

    /** Whether the other draft scores leads differently (a new version). */
    public boolean scoresDifferently(RuleDraft other) {
        return !criteria.equals(other.criteria)
                || points != other.points
                || !java.util.Objects.equals(group, other.group)
                || active != other.active
                || !java.util.Objects.equals(halfLifeDays, other.halfLifeDays);
    }
}
