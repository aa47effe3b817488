package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.Temperature;
import io.switchboard.scoring.internal.CriteriaEvaluator.Facts;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import io.switchboard.scoring.internal.ScoreState.Base;
import io.switchboard.scoring.internal.ScoreState.BaseKind;
import io.switchboard.scoring.internal.ScoreState.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Scores one lead: which rules match now (a component keeps the moment it started to apply, and
 * takes a new version's points), the base (the latest analysed call, or a score someone set by
 * hand: a lead whose score differs from the one scoring last gave it was changed by a person, and
 * the base then makes up the difference), the score, the temperature (through the bands, with
 * hysteresis), and the history entry that explains the change.
 */
public final class Scorer {

    static final int MAX_REASON = 1000;

    private Scorer() {}

    /** A change of the score, as the history keeps it. */
    public record Change(int previous, int next, String reason, @Nullable UUID ruleId, @Nullable Integer ruleVersion) {}

    /**
     * @param state the new stored state
     * @param change the history entry, when the score changed
     * @param stateChanged whether the stored row must be written
     */
    public record Result(ScoreState state, @Nullable Change change, boolean stateChanged) {

        public boolean leadChanged(Lead lead) {
            return state.score() != lead.score() || state.temperature() != lead.temperature();
        }
    }

    /**
     * @param analysis a newly analysed call of the lead (null when this rescoring has none); it
     *     replaces the base unless the stored analysis is newer
     */
    public static Result rescore(
            ScoreState stored, Facts facts, RuleBook book, @Nullable AnalysisSnapshot analysis, Instant now) {
        Lead lead = facts.lead();
        List<String> notes = new ArrayList<>();
        List<UUID> touched = new ArrayList<>();
        List<Component> components = components(stored, facts, book, now, notes, touched);
        Base base = stored.base();
        AnalysisSnapshot latest = stored.analysis();
        int expected = stored.exists() ? stored.score() : 0;
        if (analysis != null && newer(analysis, latest)) {
            latest = analysis;
            Integer points = AnalysisBase.points(analysis).orElse(null);
            if (points != null) {
                base = new Base(BaseKind.ANALYSIS, points, analysisReason(analysis, points), analysis.analyzedAt());
                notes.add(base.reason());
            }
        } else if (lead.score() != expected) {
            double rules = ScoreMath.totals(parts(components, book), book.caps(), 0, now)
                    .raw();
            String reason = stored.exists()
                    ? "Set by hand to " + lead.score()
                    : "Score the lead had before it was scored (" + lead.score() + ")";
            base = new Base(BaseKind.MANUAL, lead.score() - (int) Math.round(rules), reason, now);
            notes.add(reason);
        }
        int score = ScoreMath.totals(parts(components, book), book.caps(), base == null ? 0 : base.points(), now)
                .score();
        // A temperature a person set stays until the score moves; one scoring gave follows the bands
        // (so that new bands apply to it at the next recompute).
        boolean ours = stored.exists() && stored.temperature() == lead.temperature();
        Temperature temperature =
                score != lead.score() || ours ? book.bands().next(lead.temperature(), score) : lead.temperature();
        Map<String, String> features = open(lead) || !stored.exists() ? Features.fields(lead) : stored.features();
        ScoreState next = new ScoreState(true, score, temperature, components, base, latest, features);
        Change change = null;
        if (score != expected) {
            if (notes.isEmpty()) {
                notes.add(decayReason(stored, book));
            }
            UUID rule = touched.size() == 1 && notes.size() == 1 ? touched.getFirst() : null;
            RuleSpec spec = rule == null ? null : book.rule(rule);
            change = new Change(
                    expected,
                    score,
                    cut(String.join("; ", notes)),
                    rule,
                    spec != null ? Integer.valueOf(spec.version()) : versionOf(stored, rule));
        }
        return new Result(next, change, !next.equals(stored));
    }

    private static List<Component> components(
            ScoreState stored, Facts facts, RuleBook book, Instant now, List<String> notes, List<UUID> touched) {
        List<Component> components = new ArrayList<>();
        for (RuleSpec rule : book.rules()) {
            Component before = stored.component(rule.id());
            if (!CriteriaEvaluator.matches(rule.criteria(), facts, now)) {
                continue;
            }
            if (before == null) {
                components.add(new Component(rule.id(), rule.version(), rule.points(), now));
                notes.add("'" + rule.name() + "' applies (" + signed(rule.points()) + ")");
                touched.add(rule.id());
            } else if (before.version() != rule.version() || before.points() != rule.points()) {
                components.add(new Component(rule.id(), rule.version(), rule.points(), before.since()));
                notes.add("'" + rule.name() + "' changed to version " + rule.version() + " (" + signed(before.points())
                        + " → " + signed(rule.points()) + ")");
                touched.add(rule.id());
            } else {
                components.add(before);
            }
        }
        for (Component before : stored.components()) {
            if (components.stream().noneMatch(c -> c.ruleId().equals(before.ruleId()))) {
                notes.add("'" + book.name(before.ruleId()) + "' no longer applies (" + signed(-before.points()) + ")");
                touched.add(before.ruleId());
            }
        }
        return components;
    }

    /** The arithmetic's view of components; a component of a rule no longer active counts as it was. */
    public static List<ScoreMath.Part> parts(List<Component> components, RuleBook book) {
        List<ScoreMath.Part> parts = new ArrayList<>();
        for (Component c : components) {
            RuleSpec rule = book.rule(c.ruleId());
            parts.add(new ScoreMath.Part(
                    c.ruleId(),
                    c.points(),
                    rule == null ? null : rule.group(),
                    rule == null ? null : rule.halfLifeDays(),
                    c.since()));
        }
        return parts;
    }

    private static boolean newer(AnalysisSnapshot analysis, @Nullable AnalysisSnapshot stored) {
        if (stored == null) {
            return true;
        }
        if (stored.callId().equals(analysis.callId())) {
            return analysis.run() > stored.run();
        }
        return !analysis.analyzedAt().isBefore(stored.analyzedAt());
    }

    static String analysisReason(AnalysisSnapshot analysis, int points) {
        return "Analysis of a call: " + analysis.qualification().replace('_', ' ') + ", " + points + " points";
    }

    private static String decayReason(ScoreState stored, RuleBook book) {
        List<String> decaying = new ArrayList<>();
        for (Component c : stored.components()) {
            RuleSpec rule = book.rule(c.ruleId());
            if (rule != null && rule.halfLifeDays() != null) {
                decaying.add("'" + rule.name() + "'");
            }
        }
        return decaying.isEmpty()
                ? "Recomputed with the current group caps"
                : "Decay of " + String.join(", ", decaying);
    }

    private static @Nullable Integer versionOf(ScoreState stored, @Nullable UUID rule) {
        Component c = rule == null ? null : stored.component(rule);
        return c == null ? null : c.version();
    }

    private static boolean open(Lead lead) {
        return lead.status() != LeadStatus.CONVERTED && lead.status() != LeadStatus.LOST;
    }

    static String signed(int points) {
        return points > 0 ? "+" + points : Integer.toString(points);
    }

    private static String cut(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
