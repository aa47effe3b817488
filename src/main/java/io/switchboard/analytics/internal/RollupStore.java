package io.switchboard.analytics.internal;

import io.switchboard.analytics.SpeedToLead;
import io.switchboard.shared.TenantContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Rewrites the rollup rows of whole days from the facts, in one statement per set of days. A day is
 * always computed from all of its facts, never adjusted by a delta: applying an event twice, late or
 * out of order gives the same rows, and a rebuild is the same statement over fresher facts.
 */
@Repository
class RollupStore {

    // Calls count by the day they were placed; leads (created, converted, speed to lead, qualified,
    // revenue, vendor spend) by the day they were created. A call's source, vendor and marketing campaign
    // are its lead's; a person's teams are those they belong to now (a call of a person in two teams
    // counts in both). A converted lead's won value counts for a calling campaign, AI agent and number
    // through its last answered call (once per lead); marketing spend counts on the day it was spent; a
    // lead costs its vendor's price in effect on the lead's day.
    private static final String ROLLUP =
            """
            WITH days AS (SELECT unnest(?::date[]) AS day),
            teams AS (SELECT * FROM unnest(?::uuid[], ?::uuid[]) AS t(user_id, team_id)),
            prices AS (SELECT * FROM unnest(?::uuid[], ?::date[], ?::bigint[]) AS p(vendor_id, effective_from, cost_minor)),
            spend AS (SELECT * FROM unnest(?::uuid[], ?::date[], ?::bigint[]) AS s(campaign_id, day, amount_minor)),
            cur AS (SELECT ?::text AS code),
            c AS (
              SELECT c.*, l.source, l.vendor_id, l.marketing_campaign_id,
                coalesce(l.status = 'converted', false) AS lead_converted,
                CASE WHEN c.answered AND l.status = 'converted' AND l.currency = (SELECT code FROM cur) AND c.call_id = (
                    SELECT x.call_id FROM analytics_calls x
                    WHERE x.organization_id = c.organization_id AND x.lead_id = c.lead_id AND x.answered
                    ORDER BY x.placed_at DESC, x.call_id DESC LIMIT 1)
                  THEN l.value_minor ELSE 0 END AS won_minor
              FROM analytics_calls c
              LEFT JOIN analytics_leads l ON l.organization_id = c.organization_id AND l.lead_id = c.lead_id
              WHERE c.day IN (SELECT day FROM days)),
            cd AS (
              SELECT c.*, d.dimension, d.key FROM c
              CROSS JOIN LATERAL (VALUES ('all', ''), ('user', c.user_id::text), ('ai_agent', c.ai_agent_id::text),
                ('campaign', c.campaign_id::text), ('source', c.source), ('vendor', c.vendor_id::text),
                ('number', c.phone_number_id::text), ('marketing_campaign', c.marketing_campaign_id::text)) d(dimension, key)
              WHERE d.key IS NOT NULL
              UNION ALL
              SELECT c.*, 'team', t.team_id::text FROM c JOIN teams t ON t.user_id = c.user_id),
            ca AS (
              SELECT day, dimension, key,
                count(*) FILTER (WHERE direction = 'outbound') AS calls_placed,
                count(*) FILTER (WHERE direction = 'inbound') AS calls_received,
                count(*) FILTER (WHERE answered) AS calls_answered,
                count(*) FILTER (WHERE transferred) AS calls_transferred,
                count(*) FILTER (WHERE answered AND lead_converted) AS calls_converted,
                count(*) FILTER (WHERE status = 'voicemail') AS calls_voicemail,
                count(*) FILTER (WHERE status = 'failed') AS calls_failed,
                sum(talk_seconds) AS talk_seconds, sum(credits_minor) AS credits_spent_minor,
                count(*) FILTER (WHERE qualification = 'hot') AS hot,
                count(*) FILTER (WHERE qualification = 'warm') AS warm,
                count(*) FILTER (WHERE qualification = 'cold') AS cold,
                coalesce(sum(score), 0) AS score_sum, count(score) AS scored,
                sum(won_minor) FILTER (WHERE dimension IN ('campaign', 'ai_agent', 'number')) AS call_revenue_minor
              FROM cd GROUP BY day, dimension, key),
            l AS (
              SELECT l.*, (SELECT floor(extract(epoch FROM min(x.placed_at) - l.created_at))::bigint
                           FROM analytics_calls x
                           WHERE x.organization_id = l.organization_id AND x.lead_id = l.lead_id
                             AND x.direction = 'outbound' AND x.placed_at >= l.created_at) AS stl,
                EXISTS (SELECT 1 FROM analytics_calls q
                        WHERE q.organization_id = l.organization_id AND q.lead_id = l.lead_id
                          AND q.qualification IN ('hot', 'warm')) AS qualified,
                CASE WHEN l.status = 'converted' AND l.currency = (SELECT code FROM cur) THEN l.value_minor ELSE 0 END
                  AS won_minor,
                coalesce((SELECT p.cost_minor FROM prices p WHERE p.vendor_id = l.vendor_id AND p.effective_from <= l.day
                          ORDER BY p.effective_from DESC LIMIT 1), 0) AS cost_minor
              FROM analytics_leads l WHERE l.day IN (SELECT day FROM days)),
            lb AS (
              SELECT l.*, CASE WHEN stl IS NULL THEN NULL
                ELSE (SELECT count(*) FROM unnest(?::int[]) b WHERE b < l.stl) END AS bucket FROM l),
            ld AS (
              SELECT lb.day, lb.status, lb.bucket, lb.qualified, lb.won_minor, lb.cost_minor, d.dimension, d.key FROM lb
              CROSS JOIN LATERAL (VALUES ('all', ''), ('user', lb.owner_id::text), ('source', lb.source),
                ('vendor', lb.vendor_id::text), ('marketing_campaign', lb.marketing_campaign_id::text)) d(dimension, key)
              WHERE d.key IS NOT NULL
              UNION ALL
              SELECT lb.day, lb.status, lb.bucket, lb.qualified, lb.won_minor, lb.cost_minor, 'team', t.team_id::text
              FROM lb JOIN teams t ON t.user_id = lb.owner_id),
            la AS (
              SELECT day, dimension, key, count(*) AS leads_created,
                count(*) FILTER (WHERE status = 'converted') AS leads_converted, count(bucket) AS stl_count,
                array_agg(bucket) FILTER (WHERE bucket IS NOT NULL) AS buckets,
                sum(won_minor) AS revenue_minor, count(*) FILTER (WHERE qualified) AS leads_qualified,
                sum(cost_minor) AS vendor_spend_minor
              FROM ld GROUP BY day, dimension, key),
            lh AS (
              SELECT la.*, ARRAY(SELECT (SELECT count(*) FROM unnest(la.buckets) b WHERE b = g)::int
                                 FROM generate_series(0, ? - 1) g ORDER BY g) AS stl_buckets
              FROM la),
            ma AS (
              SELECT s.day, d.dimension, d.key, sum(s.amount_minor) AS marketing_spend_minor FROM spend s
              CROSS JOIN LATERAL (VALUES ('all', ''), ('marketing_campaign', s.campaign_id::text)) d(dimension, key)
              WHERE s.day IN (SELECT day FROM days)
              GROUP BY s.day, d.dimension, d.key)
            INSERT INTO analytics_daily (organization_id, day, dimension, key, leads_created, leads_converted,
              calls_placed, calls_received, calls_answered, calls_transferred, calls_converted, calls_voicemail,
              calls_failed, talk_seconds, credits_spent_minor, hot, warm, cold, score_sum, scored, stl_count, stl_buckets,
              revenue_minor, leads_qualified, vendor_spend_minor, marketing_spend_minor)
            SELECT ?, day, dimension, key, coalesce(leads_created, 0), coalesce(leads_converted, 0),
              coalesce(calls_placed, 0), coalesce(calls_received, 0), coalesce(calls_answered, 0),
              coalesce(calls_transferred, 0), coalesce(calls_converted, 0), coalesce(calls_voicemail, 0),
              coalesce(calls_failed, 0), coalesce(talk_seconds, 0), coalesce(credits_spent_minor, 0),
              coalesce(hot, 0), coalesce(warm, 0), coalesce(cold, 0), coalesce(score_sum, 0), coalesce(scored, 0),
              coalesce(stl_count, 0), coalesce(stl_buckets, '{}'),
              coalesce(revenue_minor, 0) + coalesce(call_revenue_minor, 0), coalesce(leads_qualified, 0),
              coalesce(vendor_spend_minor, 0), coalesce(marketing_spend_minor, 0)
            FROM ca FULL JOIN lh USING (day, dimension, key) FULL JOIN ma USING (day, dimension, key)
            """;

    private final DSLContext db;

    RollupStore(DSLContext db) {
        this.db = db;
    }

    /**
     * One rollup at a time per organization: the rollup job and a rebuild rewriting the same day at
     * once would both insert its rows.
     */
    private void lockTheOrganization() {
        db.execute(
                "SELECT pg_advisory_xact_lock(hashtext('analytics.rollup:' || ?))",
                TenantContext.require().value().toString());
    }

    /** Rewrites the rollup rows of {@code days}; {@code teamOf} maps people to their teams. */
    void rollUp(Collection<LocalDate> days, Map<UUID, ? extends Collection<UUID>> teamsOf, Spending.Prices prices) {
        if (days.isEmpty()) {
            return;
        }
        lockTheOrganization();
        LocalDate[] dayArray = days.toArray(LocalDate[]::new);
        db.execute("DELETE FROM analytics_daily WHERE day = ANY(?::date[])", (Object) dayArray);
        var users = teamsOf.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(team -> e.getKey()))
                .toArray(UUID[]::new);
        var teams = teamsOf.values().stream().flatMap(Collection::stream).toArray(UUID[]::new);
        db.execute(
                ROLLUP,
                dayArray,
                users,
                teams,
                prices.vendors(),
                prices.effectiveFrom(),
                prices.costs(),
                prices.campaigns(),
                prices.days(),
                prices.amounts(),
                prices.currency(),
                SpeedToLead.BOUNDS.toArray(Integer[]::new),
                SpeedToLead.BUCKETS,
                TenantContext.require().value());
    }
}
