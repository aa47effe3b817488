/**
 * Analytics: figures per organization and day (in the organization's time zone) that always equal
 * the raw calls and leads, by team, person, AI agent, campaign, lead source and vendor, with speed to
 * lead as percentiles, drill links to exactly the records a figure counts, and dashboards. The
 * pipeline:
 *
 * <ol>
 *   <li>{@code AnalyticsListeners} hear what changes a figure (a lead created, changed, deleted or
 *       merged; a call ended; a call analysed), read the record as it is now and keep it as a fact
 *       (one row per call, one per lead: a repeated event rewrites the same row), and mark the days
 *       it touches as stale;
 *   <li>{@code RollupRunner} (job {@code analytics.rollup}, one per organization) rewrites each stale
 *       day's rollup rows from the facts, so a late event corrects the day it belongs to, and tells the
 *       dashboards on the real-time hub (topic {@code analytics}) which days changed;
 *   <li>{@code RebuildRunner} (job {@code analytics.rebuild}) re-reads the raw calls and leads of a
 *       range through their modules' services, replaces the facts and rolls the days up again;
 *   <li>{@link io.switchboard.analytics.Analytics} answers from the rollups only (never the raw
 *       tables), adding days up and merging speed-to-lead histograms.
 * </ol>
 */
@ApplicationModule(
        displayName = "Analytics",
        allowedDependencies = {
            "shared",
            "tenancy",
            "billing",
            "identity",
            "db",
            "jobs",
            "leads",
            "telephony",
            "conversations",
            "campaigns",
            "sources",
            "notifications",
            "routing"
        })
@NullMarked
package io.switchboard.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
