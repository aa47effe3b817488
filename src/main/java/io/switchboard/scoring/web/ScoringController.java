package io.switchboard.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.scoring.ModelStatus;
import io.switchboard.scoring.NewRule;
import io.switchboard.scoring.Recompute;
import io.switchboard.scoring.Recomputes;
import io.switchboard.scoring.RuleCategory;
import io.switchboard.scoring.RuleChanges;
import io.switchboard.scoring.RuleId;
import io.switchboard.scoring.RulePreview;
import io.switchboard.scoring.ScoreGroup;
import io.switchboard.scoring.ScoringRule;
import io.switchboard.scoring.ScoringRules;
import io.switchboard.scoring.ScoringSettings;
import io.switchboard.scoring.WinModel;
import io.switchboard.shared.CursorPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/scoring")
@Tag(
        name = "Scoring",
        description = "Scoring rules with JSON criteria, group caps, temperature bands, bulk recomputes and the "
                + "win-probability model")
class ScoringController {

    private final ScoringRules rules;
    private final Recomputes recomputes;
    private final WinModel model;

    ScoringController(ScoringRules rules, Recomputes recomputes, WinModel model) {
        this.rules = rules;
        this.recomputes = recomputes;
        this.model = model;
    }

    /**
     * @param criteria conditions on the lead's fields ({"field": "source", "op": "eq", "value": "referral"};
     *     ops eq, neq, in, gte, lte, contains, exists; custom fields as custom.<key>) and activity
     *     ({"event": "call_answered", "within_days": 7, "count_gte": 1}), combined with all, any and not
     * @param points added while the lead matches (negative subtracts), -100 to 100
     * @param halfLifeDays the points halve every this many days from when the rule started to apply
     */
    record CreateRule(
            @NotBlank @Size(max = 120) String name,
            @NotNull RuleCategory category,
            @NotNull JsonNode criteria,
            @NotNull @Min(-100) @Max(100) Integer points,
            @Nullable @Size(max = 60) String group,
            @Nullable Boolean active,
            @Nullable @Min(1) @Max(3650) Integer halfLifeDays) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateRule(
            @Nullable Optional<@Size(min = 1, max = 120) String> name,
            @Nullable Optional<RuleCategory> category,
            @Nullable Optional<JsonNode> criteria,
            @Nullable Optional<@Min(-100) @Max(100) Integer> points,
            @Nullable Optional<@Size(max = 60) String> group,
            @Nullable Optional<Boolean> active,
            @Nullable Optional<@Min(1) @Max(3650) Integer> halfLifeDays) {}

    /** A rule to try: a new one, or an existing one (rule_id) with these values. */
    record PreviewRule(
            @Nullable UUID ruleId,
            @NotNull JsonNode criteria,
            @NotNull @Min(-100) @Max(100) Integer points,
            @Nullable @Size(max = 60) String group,
            @Nullable @Min(1) @Max(3650) Integer halfLifeDays) {}

    record GroupInput(@NotBlank @Size(max = 60) String name, @NotNull @Min(1) @Max(1000) Integer maxPoints) {}

    record SettingsInput(
            @NotNull @Min(1) @Max(100) Integer hotMin,
            @NotNull @Min(0) @Max(99) Integer warmMin,
            @NotNull @Min(0) @Max(30) Integer hysteresis) {}

    record RecomputeRequest(@Nullable @Size(max = 200) String reason) {}

    @GetMapping("/rules")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "The organization's scoring rules (all of them, by category and name)")
    CursorPage<ScoringRule> rules() {
        return CursorPage.whole(rules.rules());
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(
            summary = "Create a rule",
            description = "Invalid criteria answer 400 invalid_criteria naming the bad node (criteria.all[1].op). "
                    + "Every lead is then rescored (a recompute).")
    ScoringRule create(@Valid @RequestBody CreateRule body, @AuthenticationPrincipal AuthenticatedUser me) {
        return rules.create(
                new NewRule(
                        body.name(),
                        body.category(),
                        body.criteria(),
                        body.points(),
                        body.group(),
                        body.active(),
                        body.halfLifeDays()),
                me.id().value());
    }

    @PostMapping("/rules/preview")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(
            summary = "What a rule would do now: leads matching, scores rising and falling (nothing is saved)",
            description =
                    "Counted over every lead, or estimated from a random sample of 2,000 in larger organizations.")
    RulePreview preview(@Valid @RequestBody PreviewRule body) {
        return rules.preview(
                body.ruleId() == null ? null : RuleId.of(body.ruleId()),
                body.criteria(),
                body.points(),
                body.group(),
                body.halfLifeDays());
    }

    @GetMapping("/rules/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "A rule")
    ScoringRule get(@PathVariable UUID id) {
        return rules.get(RuleId.of(id));
    }

    @PatchMapping("/rules/{id}")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(
            summary = "Change a rule (JSON merge-patch)",
            description = "A change of what it scores (criteria, points, group, active, half-life) makes a new version "
                    + "and rescores every lead; history entries name the version that applied.")
    ScoringRule update(
            @PathVariable UUID id, @Valid @RequestBody UpdateRule body, @AuthenticationPrincipal AuthenticatedUser me) {
        return rules.update(
                RuleId.of(id),
                new RuleChanges(
                        body.name(),
                        body.category(),
                        body.criteria(),
                        body.points(),
                        body.group(),
                        body.active(),
                        body.halfLifeDays()),
                me.id().value());
    }

    @DeleteMapping("/rules/{id}")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Delete a rule (its components leave every lead at the recompute that follows)")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        rules.delete(RuleId.of(id), me.id().value());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/groups")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Group caps: the rules of a group add up to at most max_points (either way)")
    CursorPage<ScoreGroup> groups() {
        return CursorPage.whole(rules.groups());
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Cap a group")
    ScoreGroup createGroup(@Valid @RequestBody GroupInput body, @AuthenticationPrincipal AuthenticatedUser me) {
        return rules.saveGroup(null, body.name(), body.maxPoints(), me.id().value());
    }

    @PatchMapping("/groups/{id}")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Change a group's name or cap")
    ScoreGroup updateGroup(
            @PathVariable UUID id, @Valid @RequestBody GroupInput body, @AuthenticationPrincipal AuthenticatedUser me) {
        return rules.saveGroup(id, body.name(), body.maxPoints(), me.id().value());
    }

    @DeleteMapping("/groups/{id}")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Remove a group's cap")
    ResponseEntity<Void> deleteGroup(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        rules.deleteGroup(id, me.id().value());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Temperature bands: hot from hot_min, warm from warm_min, left only hysteresis points below")
    ScoringSettings settings() {
        return rules.settings();
    }

    @PatchMapping("/settings")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Change the temperature bands (leads are rescored)")
    ScoringSettings updateSettings(
            @Valid @RequestBody SettingsInput body, @AuthenticationPrincipal AuthenticatedUser me) {
        return rules.updateSettings(
                new ScoringSettings(body.hotMin(), body.warmMin(), body.hysteresis()),
                me.id().value());
    }

    @PostMapping("/recompute")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(
            summary = "Rescore every lead in the background",
            description = "202 with the recompute; follow its progress at /api/v1/scoring/recompute/{id}. It runs in "
                    + "batches whose progress is committed with them, so it goes on after a restart.")
    Recompute recompute(
            @Valid @RequestBody(required = false) @Nullable RecomputeRequest body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        String reason = body == null || body.reason() == null || body.reason().isBlank()
                ? "Requested"
                : body.reason().strip();
        return recomputes.start(reason, me.id().value());
    }

    @GetMapping("/recompute")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "The latest recomputes, newest first")
    CursorPage<Recompute> recomputes() {
        return CursorPage.whole(recomputes.latest());
    }

    @GetMapping("/recompute/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "A recompute's progress")
    Recompute recompute(@PathVariable UUID id) {
        return recomputes.get(id);
    }

    @GetMapping("/model")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(
            summary = "The win-probability model: status, how many more won and lost leads it needs, evaluation",
            description = "Naive Bayes over the organization's own won and lost leads, active from 30 of each; "
                    + "evaluated on the newest quarter of outcomes (AUC, expected calibration error).")
    ModelStatus model() {
        return model.status();
    }

    @PostMapping("/model/train")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Train the model now (it also trains by itself a few minutes after outcomes)")
    ModelStatus train() {
        return model.train();
    }
}
