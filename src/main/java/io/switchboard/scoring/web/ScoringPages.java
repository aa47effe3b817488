package io.switchboard.scoring.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadId;
import io.switchboard.scoring.LeadScoring;
import io.switchboard.scoring.NewRule;
import io.switchboard.scoring.RuleCategory;
import io.switchboard.scoring.RuleChanges;
import io.switchboard.scoring.RuleId;
import io.switchboard.scoring.ScoreChange;
import io.switchboard.scoring.ScoringRules;
import io.switchboard.scoring.WinModel;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scoring console: the rules with a live count of the leads a draft matches and the score
 * change it would make before it is saved, the groups and bands, the model's status and evaluation;
 * and the score card the lead page loads.
 */
@Controller
@ConsolePage
class ScoringPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SPARKLINE_POINTS = 30;

    private final ScoringRules rules;
    private final LeadScoring scoring;
    private final WinModel model;

    ScoringPages(ScoringRules rules, LeadScoring scoring, WinModel model) {
        this.rules = rules;
        this.scoring = scoring;
        this.model = model;
    }

    @Bean
    static NavigationEntry scoringNavigation() {
        return new NavigationEntry("Sales", "Scoring", "/scoring", "leads:read", 115);
    }

    @GetMapping("/scoring")
    @PreAuthorize("hasAuthority('leads:read')")
    String page(Model page) {
        page.addAttribute("rules", rules.rules());
        page.addAttribute("groups", rules.groups());
        page.addAttribute("settings", rules.settings());
        page.addAttribute("model", model.status());
        page.addAttribute("categories", RuleCategory.values());
        return "scoring/rules";
    }

    /** What the draft in the form would do now; a draft that is not valid yet says why, in place. */
    @PostMapping("/scoring/preview")
    @PreAuthorize("hasAuthority('leads:read')")
    String preview(
            @RequestParam(defaultValue = "") String criteria,
            @RequestParam(defaultValue = "") String points,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(name = "half_life_days", defaultValue = "") String halfLife,
            @RequestParam(name = "rule_id", required = false) @Nullable UUID ruleId,
            Model page) {
        try {
            page.addAttribute(
                    "preview",
                    rules.preview(
                            ruleId == null ? null : RuleId.of(ruleId),
                            json(criteria),
                            number("points", points),
                            blankToNull(group),
                            number("half_life_days", halfLife)));
        } catch (Problem problem) {
            page.addAttribute("problem", problem.getMessage());
        }
        return "scoring/rules :: preview";
    }

    @PostMapping("/scoring/rules")
    @PreAuthorize("hasAuthority('leads:configure')")
    String create(
            @RequestParam String name,
            @RequestParam RuleCategory category,
            @RequestParam String criteria,
            @RequestParam String points,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(name = "half_life_days", defaultValue = "") String halfLife,
            @AuthenticationPrincipal AuthenticatedUser me) {
        Integer value = number("points", points);
        rules.create(
                new NewRule(
                        name,
                        category,
                        json(criteria),
                        value == null ? 0 : value,
                        blankToNull(group),
                        true,
                        number("half_life_days", halfLife)),
                me.id().value());
        return "redirect:/scoring";
    }

    @PostMapping("/scoring/rules/{id}/active")
    @PreAuthorize("hasAuthority('leads:configure')")
    String active(@PathVariable UUID id, @RequestParam boolean active, @AuthenticationPrincipal AuthenticatedUser me) {
        rules.update(
                RuleId.of(id),
                new RuleChanges(null, null, null, null, null, Optional.of(active), null),
                me.id().value());
        return "redirect:/scoring";
    }

    @PostMapping("/scoring/model/train")
    @PreAuthorize("hasAuthority('leads:configure')")
    String train() {
        model.train();
        return "redirect:/scoring";
    }

    /** The lead page's score card: components, the model's factors and the history as a sparkline. */
    @GetMapping("/leads/{id}/score-card")
    @PreAuthorize("hasAuthority('leads:read')")
    String card(@PathVariable UUID id, Model page) {
        LeadId lead = LeadId.of(id);
        page.addAttribute("score", scoring.breakdown(lead));
        List<ScoreChange> history =
                new ArrayList<>(scoring.history(lead, null, SPARKLINE_POINTS).data());
        page.addAttribute("history", history);
        List<Integer> points = new ArrayList<>();
        for (ScoreChange change : history.reversed()) {
            if (points.isEmpty()) {
                points.add(change.previous());
            }
            points.add(change.next());
        }
        page.addAttribute(
                "sparkline",
                String.join(",", points.stream().map(String::valueOf).toList()));
        return "scoring/score-card :: card";
    }

    private static @Nullable JsonNode json(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidInput("criteria", "invalid_criteria", "is not JSON (check quotes and brackets)");
        }
    }

    private static @Nullable Integer number(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "invalid_" + field, "must be a whole number");
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }
}
