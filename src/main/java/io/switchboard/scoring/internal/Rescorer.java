package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadRating;
import io.switchboard.leads.LeadRatings;
import io.switchboard.scoring.LeadScoresChanged;
import io.switchboard.scoring.LeadTemperatureChanged;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a set of leads in the caller's transaction, a few statements for the whole set: their
 * stored scores read (locked, after an event), the rules and their activity read once, each scored
 * by {@link Scorer}, then only the changed states, the history entries of changed scores and the
 * changed leads' ratings written set-based, and campaigns told of the new scores. The leads and the
 * rules are read after the stored scores, never before, and a state is written only over the
 * version it was computed from: a rescoring that read them earlier could otherwise write a score
 * from a lead or rules older than those of a rescoring that committed in between (seen as a score
 * "set by hand", or a rule's points lost). A lead whose state was written meanwhile is scored again.
 */
@Component
public class Rescorer {

    private static final int ATTEMPTS = 3;

    private final ScoreStore scores;
    private final RuleStore rules;
    private final LeadDirectory directory;
    private final ActivityReader activity;
    private final LeadRatings ratings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rescorer(
            ScoreStore scores,
            RuleStore rules,
            LeadDirectory directory,
            ActivityReader activity,
            LeadRatings ratings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.scores = scores;
        this.rules = rules;
        this.directory = directory;
        this.activity = activity;
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
    }

    /** How many leads were scored, and how many of them got another score. */
    public record Outcome(int scored, int changed) {}

    /**
     * @param analyses newly analysed calls by lead (most rescorings have none)
     * @param bulk a recompute: no timeline entries and no row audit for the leads' new ratings
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome rescore(List<Lead> leads, Map<UUID, AnalysisSnapshot> analyses, boolean bulk) {
        List<UUID> ids = leads.stream()
                .filter(l -> !l.isDeleted())
                .map(l -> l.id().value())
                .toList();
        return new Outcome(leads.size(), score(ids, analyses, bulk));
    }

    /**
     * A batch of a recompute: nothing is locked before scoring; the rows whose state changes are
     * locked and written only if no one wrote them since they were read (those that were are scored
     * again), so that the many leads whose score stays as it is are not written at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome recompute(List<LeadId> leads) {
        return new Outcome(leads.size(), score(leads.stream().map(LeadId::value).toList(), Map.of(), true));
    }

    private int score(List<UUID> ids, Map<UUID, AnalysisSnapshot> analyses, boolean bulk) {
        // Stored with microseconds: an instant kept in a component must compare equal when read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> pending = ids;
        int changed = 0;
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            Pass pass = pass(pending, analyses, now, bulk);
            changed += pass.changed;
            pending = pass.conflicts;
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " leads kept being scored concurrently");
        }
        return changed;
    }

    private record Pass(int changed, List<UUID> conflicts) {}

    private Pass pass(List<UUID> pending, Map<UUID, AnalysisSnapshot> analyses, Instant now, boolean bulk) {
        // The stored states are read before the leads: a rescoring that commits in between changes
        // the state too, and the write below then finds it changed.
        ScoreStore.Stored stored = bulk ? scores.snapshot(pending) : scores.lock(pending);
        List<Lead> leads =
                directory.get(pending).stream().filter(l -> !l.isDeleted()).toList();
        List<UUID> ids = leads.stream().map(l -> l.id().value()).toList();
        RuleBook book = rules.book();
        Map<UUID, List<ActivityEvent>> recent = book.countsEvents() ? activity.of(ids, since(book, now)) : Map.of();
        Map<UUID, ScoreState> toSave = new LinkedHashMap<>();
        Map<UUID, Scorer.Change> changes = new HashMap<>();
        Map<UUID, LeadRating> toRate = new LinkedHashMap<>();
        for (Lead lead : leads) {
            UUID id = lead.id().value();
            var facts = new CriteriaEvaluator.Facts(lead, recent.getOrDefault(id, List.of()));
            Scorer.Result result = Scorer.rescore(
                    stored.states().getOrDefault(id, ScoreState.none()), facts, book, analyses.get(id), now);
            if (result.stateChanged()) {
                toSave.put(id, result.state());
            }
            if (result.change() != null) {
                changes.put(id, result.change());
            }
            if (result.leadChanged(lead)) {
                toRate.put(
                        id,
                        new LeadRating(
                                lead.id(),
                                lead.score(),
                                result.state().score(),
                                result.state().temperature(),
                                result.change() == null ? "" : result.change().reason()));
            }
        }
        Set<UUID> written = scores.save(toSave, stored.versions(), now);
        List<UUID> conflicts = new ArrayList<>();
        for (UUID id : toSave.keySet()) {
            if (!written.contains(id)) {
                conflicts.add(id);
                changes.remove(id);
                toRate.remove(id);
            }
        }
        scores.history(changes, now);
        List<LeadId> rated = ratings.apply(List.copyOf(toRate.values()), bulk, now);
        announce(changes, toRate, rated, bulk ? List.of() : leads, now);
        return new Pass(changes.size(), conflicts);
    }

    /**
     * Tells of every new score: those rated now, and those the lead had already (a score set by hand
     * becomes the scored score without a change of the lead, and campaigns must still hear of it).
     */
    private void announce(
            Map<UUID, Scorer.Change> changes,
            Map<UUID, LeadRating> toRate,
            List<LeadId> rated,
            List<Lead> moved,
            Instant now) {
        // A recompute (rules, caps or bands changed, an import) passes no leads here: it moves many at
        // once, the list shows where they landed, and the team is not alerted about each one.
        announceTemperatures(moved, toRate, rated, now);
        Set<UUID> applied = new java.util.HashSet<>();
        rated.forEach(l -> applied.add(l.value()));
        List<LeadScoresChanged.Scored> scored = new ArrayList<>();
        changes.forEach((lead, change) -> {
            if (!toRate.containsKey(lead) || applied.contains(lead)) {
                scored.add(new LeadScoresChanged.Scored(LeadId.of(lead), change.next()));
            }
        });
        if (!scored.isEmpty()) {
            events.publishEvent(new LeadScoresChanged(TenantContext.require().value(), scored));
        }
    }

    /**
     * Tells of each lead whose band the rating really changed (those rated now: a lead a person
     * changed meanwhile was not, and is scored again).
     */
    private void announceTemperatures(List<Lead> leads, Map<UUID, LeadRating> toRate, List<LeadId> rated, Instant now) {
        UUID organization = TenantContext.require().value();
        Map<UUID, Lead> before = new HashMap<>();
        leads.forEach(l -> before.put(l.id().value(), l));
        for (LeadId id : rated) {
            Lead lead = before.get(id.value());
            LeadRating rating = toRate.get(id.value());
            if (lead != null && rating != null && lead.temperature() != rating.temperature()) {
                events.publishEvent(new LeadTemperatureChanged(
                        organization,
                        id,
                        lead.temperature(),
                        rating.temperature(),
                        rating.score(),
                        rating.reason(),
                        now));
            }
        }
    }

    private static Instant since(RuleBook book, Instant now) {
        Integer days = book.lookbackDays();
        return days == null ? null : now.minus(Duration.ofDays(days));
    }
}
