package io.switchboard.scoring;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.Temperature;
import io.switchboard.scoring.internal.CriteriaText;
import io.switchboard.scoring.internal.RuleBook;
import io.switchboard.scoring.internal.RuleSpec;
import io.switchboard.scoring.internal.RuleStore;
import io.switchboard.scoring.internal.ScoreMath;
import io.switchboard.scoring.internal.ScoreState;
import io.switchboard.scoring.internal.ScoreStore;
import io.switchboard.scoring.internal.Scorer;
import io.switchboard.scoring.internal.WinModels;
import io.switchboard.shared.CursorPage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lead's score explained (components, decay as of now, win probability and its factors) and its history. */
@Service
public class LeadScoring {

    private final LeadManagement leads;
    private final ScoreStore scores;
    private final RuleStore rules;
    private final WinModels models;
    private final Clock clock;

    LeadScoring(LeadManagement leads, ScoreStore scores, RuleStore rules, WinModels models, Clock clock) {
        this.leads = leads;
        this.scores = scores;
        this.rules = rules;
        this.models = models;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScoreBreakdown breakdown(LeadId id) {
        Lead lead = leads.get(id);
        Instant now = clock.instant();
        ScoreState state = scores.find(id.value()).orElse(ScoreState.none());
        RuleBook book = rules.book();
        int base = state.base() == null ? 0 : state.base().points();
        ScoreMath.Totals totals = ScoreMath.totals(Scorer.parts(state.components(), book), book.caps(), base, now);
        List<ScoreComponent> components = new ArrayList<>();
        for (ScoreState.Component c : state.components()) {
            RuleSpec rule = book.rule(c.ruleId());
            components.add(new ScoreComponent(
                    "rule",
                    RuleId.of(c.ruleId()),
                    book.name(c.ruleId()),
                    c.version(),
                    rule == null ? null : rule.group(),
                    c.points(),
                    ScoreMath.twoDecimals(totals.effective().getOrDefault(c.ruleId(), 0.0)),
                    rule == null ? "no longer active" : reason(rule),
                    c.since()));
        }
        if (state.base() != null) {
            ScoreState.Base b = state.base();
            components.add(new ScoreComponent(
                    b.kind().toString(),
                    null,
                    b.kind() == ScoreState.BaseKind.ANALYSIS ? "Call analysis" : "Set by hand",
                    null,
                    null,
                    b.points(),
                    b.points(),
                    b.reason(),
                    b.since()));
        }
        int score = state.exists() ? totals.score() : lead.score();
        Temperature temperature =
                score == lead.score() ? lead.temperature() : book.bands().next(lead.temperature(), score);
        var model = models.score(lead, state, now);
        return new ScoreBreakdown(
                id,
                score,
                temperature,
                ScoreMath.twoDecimals(state.exists() ? totals.raw() : lead.score()),
                components,
                model == null ? null : model.probability(),
                model == null ? ScoreBreakdown.Factors.none() : model.factors(),
                now);
    }

    @Transactional(readOnly = true)
    public CursorPage<ScoreChange> history(LeadId id, @Nullable String cursor, @Nullable Integer limit) {
        leads.get(id);
        int size = CursorPage.limit(limit);
        List<ScoreChange> rows = scores.history(id.value(), CursorPage.after(cursor), size + 1).stream()
                .map(h -> new ScoreChange(
                        h.id(),
                        h.previous(),
                        h.next(),
                        h.next() - h.previous(),
                        h.reason(),
                        h.ruleId() == null ? null : RuleId.of(h.ruleId()),
                        h.ruleVersion(),
                        h.at()))
                .toList();
        return CursorPage.of(rows, size, ScoreChange::id);
    }

    private static String reason(RuleSpec rule) {
        String text = CriteriaText.describe(rule.criteria());
        return rule.halfLifeDays() == null ? text : text + " (half-life " + rule.halfLifeDays() + " days)";
    }
}
