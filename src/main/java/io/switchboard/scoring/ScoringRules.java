package io.switchboard.scoring;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.scoring.internal.CriteriaParser;
import io.switchboard.scoring.internal.RuleBook;
import io.switchboard.scoring.internal.RuleDraft;
import io.switchboard.scoring.internal.RulePreviews;
import io.switchboard.scoring.internal.RuleSpec;
import io.switchboard.scoring.internal.RuleStore;
import io.switchboard.scoring.internal.RuleUsage;
import io.switchboard.scoring.internal.ScoringJobs.Refresh;
import io.switchboard.scoring.internal.ScoringProperties;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The organization's rules, group caps and temperature bands. Every change that can move scores
 * starts a recompute of all leads, and rules that change with time alone (half-lives, windows,
 * ages) keep the hourly refresh scheduled.
 */
@Service
public class ScoringRules {

    private final RuleStore store;
    private final RulePreviews previews;
    private final Recomputes recomputes;
    private final RuleUsage usage;
    private final Jobs jobs;
    private final Job<Refresh> refresh;
    private final ScoringProperties properties;
    private final Clock clock;

    ScoringRules(
            RuleStore store,
            RulePreviews previews,
            Recomputes recomputes,
            RuleUsage usage,
            Jobs jobs,
            Job<Refresh> refresh,
            ScoringProperties properties,
            Clock clock) {
        this.store = store;
        this.previews = previews;
        this.recomputes = recomputes;
        this.usage = usage;
        this.jobs = jobs;
        this.refresh = refresh;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ScoringRule> rules() {
        return store.rules();
    }

    @Transactional(readOnly = true)
    public ScoringRule get(RuleId id) {
        return store.find(id).orElseThrow(() -> new NotFound("scoring rule", id));
    }

    @Transactional
    public ScoringRule create(NewRule command, @Nullable UUID actor) {
        RuleDraft draft = new RuleDraft(
                name(command.name(), null),
                required(command.category(), "category"),
                criteria(command.criteria()),
                points(command.points()),
                group(command.group()),
                command.active() == null || command.active(),
                halfLife(command.halfLifeDays()),
                1);
        ScoringRule rule = store.insert(draft, actor);
        changed("Rule '" + rule.name() + "' created", actor);
        return rule;
    }

    @Transactional
    public ScoringRule update(RuleId id, RuleChanges changes, @Nullable UUID actor) {
        RuleDraft before = store.lock(id).orElseThrow(() -> new NotFound("scoring rule", id));
        RuleDraft after = new RuleDraft(
                changed(changes.name(), "name", before.name(), v -> name(v, id.value())),
                changed(changes.category(), "category", before.category(), v -> v),
                changed(changes.criteria(), "criteria", before.criteria(), ScoringRules::criteria),
                changed(changes.points(), "points", before.points(), ScoringRules::points),
                changes.group() == null ? before.group() : group(changes.group().orElse(null)),
                changed(changes.active(), "active", before.active(), v -> v),
                changes.halfLifeDays() == null
                        ? before.halfLifeDays()
                        : halfLife(changes.halfLifeDays().orElse(null)),
                before.version());
        boolean scores = after.scoresDifferently(before);
        if (scores) {
            after = after.withVersion(before.version() + 1);
        }
        ScoringRule rule = store.update(id, after, actor);
        if (scores) {
            changed("Rule '" + rule.name() + "' changed (version " + rule.version() + ")", actor);
        }
        return rule;
    }

    @Transactional
    public void delete(RuleId id, @Nullable UUID actor) {
        RuleDraft rule = store.lock(id).orElseThrow(() -> new NotFound("scoring rule", id));
        store.delete(id, clock.instant());
        changed("Rule '" + rule.name() + "' deleted", actor);
    }

    /**
     * What a rule would do if saved now (an existing rule's id: with these values instead), without
     * saving anything. Bad values are refused exactly as saving would refuse them.
     */
    @Transactional(readOnly = true)
    public RulePreview preview(
            @Nullable RuleId id,
            @Nullable JsonNode criteria,
            @Nullable Integer points,
            @Nullable String group,
            @Nullable Integer halfLifeDays) {
        RuleBook book = store.book();
        int version = id == null
                ? 1
                : store.find(id)
                                .orElseThrow(() -> new NotFound("scoring rule", id))
                                .version()
                        + 1;
        RuleSpec candidate = new RuleSpec(
                id == null ? new UUID(0, 0) : id.value(),
                version,
                "this rule",
                CriteriaParser.parse(criteria),
                points(points),
                group(group),
                halfLife(halfLifeDays));
        return previews.preview(candidate, book);
    }

    @Transactional(readOnly = true)
    public List<ScoreGroup> groups() {
        return store.groups();
    }

    @Transactional
    public ScoreGroup saveGroup(@Nullable UUID id, String name, @Nullable Integer maxPoints, @Nullable UUID actor) {
        if (id != null && store.group(id).isEmpty()) {
            throw new NotFound("scoring group", id);
        }
        String clean = group(name);
        if (clean == null) {
            throw new InvalidInput("name", "required", "must not be blank");
        }
        if (store.groupNameTaken(clean, id)) {
            throw new Conflict("group_exists", "a group named '" + clean + "' exists already");
        }
        if (maxPoints == null || maxPoints < 1 || maxPoints > 1000) {
            throw new InvalidInput("max_points", "invalid_points", "must be a whole number from 1 to 1000");
        }
        ScoreGroup group = store.saveGroup(id, clean, maxPoints);
        changed("Group '" + clean + "' capped at " + maxPoints, actor);
        return group;
    }

    @Transactional
    public void deleteGroup(UUID id, @Nullable UUID actor) {
        if (!store.deleteGroup(id)) {
            throw new NotFound("scoring group", id);
        }
        changed("A group cap removed", actor);
    }

    @Transactional(readOnly = true)
    public ScoringSettings settings() {
        return store.settings();
    }

    @Transactional
    public ScoringSettings updateSettings(ScoringSettings settings, @Nullable UUID actor) {
        if (settings.warmMin() < 0 || settings.hotMin() > 100 || settings.warmMin() >= settings.hotMin()) {
            throw new InvalidInput("warm_min", "invalid_bands", "needs 0 ≤ warm_min < hot_min ≤ 100");
        }
        if (settings.hysteresis() < 0 || settings.hysteresis() > 30) {
            throw new InvalidInput("hysteresis", "invalid_bands", "must be from 0 to 30 points");
        }
        store.saveSettings(settings);
        changed("Temperature bands changed", actor);
        return settings;
    }

    private void changed(String reason, @Nullable UUID actor) {
        usage.forget(TenantContext.require().value());
        recomputes.start(reason, actor);
        if (store.book().timeDependent()) {
            jobs.scheduleIfAbsent(
                    refresh, "refresh", new Refresh(), clock.instant().plus(properties.refreshInterval()));
        }
    }

    private String name(@Nullable String name, @Nullable UUID except) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidInput("name", "invalid_name", "must be 1 to 120 characters");
        }
        if (store.nameTaken(name.strip(), except)) {
            throw new Conflict("rule_exists", "a rule named '" + name.strip() + "' exists already");
        }
        return name.strip();
    }

    private static JsonNode criteria(@Nullable JsonNode criteria) {
        CriteriaParser.parse(criteria);
        return Objects.requireNonNull(criteria);
    }

    /** A merge-patch field: absent keeps the value, null is refused, a value is checked. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static <T, R> R changed(@Nullable Optional<T> change, String field, R current, Function<T, R> check) {
        if (change == null) {
            return current;
        }
        return check.apply(change.orElseThrow(() -> new InvalidInput(field, "required", "must not be null")));
    }

    private static int points(@Nullable Integer points) {
        if (points == null || points == 0 || points < -100 || points > 100) {
            throw new InvalidInput("points", "invalid_points", "must be a whole number from -100 to 100, not 0");
        }
        return points;
    }

    private static @Nullable String group(@Nullable String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        if (group.strip().length() > 60) {
            throw new InvalidInput("group", "invalid_group", "must be at most 60 characters");
        }
        return group.strip();
    }

    private static @Nullable Integer halfLife(@Nullable Integer days) {
        if (days != null && (days < 1 || days > 3650)) {
            throw new InvalidInput("half_life_days", "invalid_half_life", "must be from 1 to 3650 days, or null");
        }
        return days;
    }

    private static <T> T required(@Nullable T value, String field) {
        return Optional.ofNullable(value).orElseThrow(() -> new InvalidInput(field, "required", "is required"));
    }
}
