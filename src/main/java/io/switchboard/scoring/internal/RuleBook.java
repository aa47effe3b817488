package io.switchboard.scoring.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organization's scoring setup at one moment: its active rules, its group caps (by lower-case
 * group name) and its temperature bands. Loaded once per rescoring or batch.
 *
 * @param names every rule's name by id, deleted and inactive ones included (for old components)
 */
public record RuleBook(
        List<RuleSpec> rules, Map<String, Integer> caps, TemperatureBands bands, Map<UUID, String> names) {

    public RuleBook {
        rules = List.copyOf(rules);
        caps = Map.copyOf(caps);
        names = Map.copyOf(names);
    }

    public boolean countsEvents() {
        return rules.stream().anyMatch(r -> r.criteria().countsEvents());
    }

    /** Whether time alone can change a score: a half-life, an activity window, an age. */
    public boolean timeDependent() {
        return rules.stream()
                .anyMatch(r -> r.halfLifeDays() != null || r.criteria().timeDependent());
    }

    /** How many days of activity the rules look at; {@code null} for all of it. */
    public @Nullable Integer lookbackDays() {
        int widest = 0;
        for (RuleSpec rule : rules) {
            Integer days = rule.criteria().lookbackDays();
            if (days == null) {
                return null;
            }
            widest = Math.max(widest, days);
        }
        return widest;
    }

    public @Nullable RuleSpec rule(UUID id) {
        for (RuleSpec rule : rules) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    public String name(UUID id) {
        return names.getOrDefault(id, "deleted rule");
    }
}
