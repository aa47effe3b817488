/**
 * Lead scoring: rules over a lead's fields and activity with points, versions, group caps and
 * half-lives; each lead's score as components (the rules that apply and the base: the latest
 * analysed call or a score set by hand) with a history of every change and its reason; temperature
 * bands with hysteresis; a win-probability model per organization that learns from its won and lost
 * leads. The pipeline:
 *
 * <ol>
 *   <li>{@code ScoringListeners} hear what changes a lead (created, changed, assigned, a call ended,
 *       an analysis, a task done) and rescore it, once per event;
 *   <li>{@code Rescorer} scores leads set-based: criteria, components, caps, decay, bands, history,
 *       and the lead's score and temperature through {@link io.switchboard.leads.LeadRatings};
 *   <li>{@code RecomputeJob} rescores every lead in batches after a change of the rules (progress
 *       committed with each batch), {@code RefreshJob} hourly where time alone changes scores;
 *   <li>{@code ModelTrainer} learns from won and lost leads and evaluates on a time split.
 * </ol>
 */
@ApplicationModule(
        displayName = "Scoring",
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "audit",
            "db",
            "jobs",
            "leads",
            "sources",
            "telephony",
            "conversations"
        })
@NullMarked
package io.switchboard.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
