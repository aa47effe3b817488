package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.scoring.RulePreview;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a rule would do before it is saved: each lead (or a random sample of them in a large
 * organization) scored with the current rules and again with this rule added or changed.
 */
@Component
public class RulePreviews {

    static final int SAMPLE = 2000;
    static final int EXAMPLES = 5;

    private final LeadDirectory directory;
    private final LeadManagement leads;
    private final ScoreStore scores;
    private final ActivityReader activity;
    private final Clock clock;

    RulePreviews(
            LeadDirectory directory, LeadManagement leads, ScoreStore scores, ActivityReader activity, Clock clock) {
        this.directory = directory;
        this.leads = leads;
        this.scores = scores;
        this.activity = activity;
        this.clock = clock;
    }

    /** @param candidate the rule as it would be (an existing rule's id replaces that rule) */
    public RulePreview preview(RuleSpec candidate, RuleBook current) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<RuleSpec> rules = new ArrayList<>(current.rules().stream()
                .filter(r -> !r.id().equals(candidate.id()))
                .toList());
        rules.add(candidate);
        RuleBook changed = new RuleBook(rules, current.caps(), current.bands(), current.names());
        int total = leads.count(LeadFilter.all());
        List<Lead> sample = directory.sample(SAMPLE);
        List<UUID> ids = sample.stream().map(l -> l.id().value()).toList();
        Map<UUID, ScoreState> stored = ids.isEmpty() ? Map.of() : scores.read(ids);
        Map<UUID, List<ActivityEvent>> recent = changed.countsEvents() ? activity.of(ids, null) : Map.of();
        int matching = 0;
        int rising = 0;
        int falling = 0;
        long change = 0;
        List<RulePreview.Example> examples = new ArrayList<>();
        for (Lead lead : sample) {
            UUID id = lead.id().value();
            var facts = new CriteriaEvaluator.Facts(lead, recent.getOrDefault(id, List.of()));
            ScoreState state = stored.getOrDefault(id, ScoreState.none());
            int before =
                    Scorer.rescore(state, facts, current, null, now).state().score();
            int after = Scorer.rescore(state, facts, changed, null, now).state().score();
            matching += CriteriaEvaluator.matches(candidate.criteria(), facts, now) ? 1 : 0;
            rising += after > before ? 1 : 0;
            falling += after < before ? 1 : 0;
            change += after - before;
            if (after != before && examples.size() < EXAMPLES) {
                examples.add(new RulePreview.Example(id.toString(), lead.name(), before, after));
            }
        }
        boolean estimated = sample.size() < total;
        double scale = sample.isEmpty() ? 0 : (double) total / sample.size();
        return new RulePreview(
                estimated ? (int) Math.round(matching * scale) : matching,
                total,
                sample.size(),
                estimated,
                estimated ? (int) Math.round(rising * scale) : rising,
                estimated ? (int) Math.round(falling * scale) : falling,
                sample.isEmpty() ? 0 : ScoreMath.twoDecimals((double) change / sample.size()),
                examples);
    }
}
