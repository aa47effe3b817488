package io.switchboard.analytics.internal;

import static io.switchboard.db.Tables.ANALYTICS_DAILY;

import io.switchboard.analytics.Counts;
import io.switchboard.analytics.Dimension;
import io.switchboard.db.tables.records.AnalyticsDailyRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads rollup rows (never facts, never other modules' tables): at most one row per day and key. */
@Repository
public class RollupReader {

    private final DSLContext db;

    RollupReader(DSLContext db) {
        this.db = db;
    }

    /** Day by day, the rows of these keys of one dimension added up. */
    public Map<LocalDate, Counts> days(Dimension dimension, Collection<String> keys, LocalDate from, LocalDate to) {
        Map<LocalDate, Counts> days = new TreeMap<>();
        db.selectFrom(ANALYTICS_DAILY)
                .where(in(dimension, from, to).and(ANALYTICS_DAILY.KEY.in(keys)))
                .fetch()
                .forEach(r -> days.merge(r.getDay(), counts(r), Counts::plus));
        return days;
    }

    /** Each key of one dimension over the range, added up. */
    public Map<String, Counts> byKey(Dimension dimension, LocalDate from, LocalDate to) {
        Map<String, Counts> keys = new HashMap<>();
        db.selectFrom(ANALYTICS_DAILY)
                .where(in(dimension, from, to))
                .fetch()
                .forEach(r -> keys.merge(r.getKey(), counts(r), Counts::plus));
        return keys;
    }

    private static Condition in(Dimension dimension, LocalDate from, LocalDate to) {
        return ANALYTICS_DAILY.DIMENSION.eq(dimension.toString()).and(ANALYTICS_DAILY.DAY.between(from, to));
    }

    static Counts counts(AnalyticsDailyRecord r) {
        Integer[] buckets = r.getStlBuckets();
        long[] stl = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            stl[i] = buckets[i];
        }
        return new Counts(
                r.getLeadsCreated(),
                r.getLeadsConverted(),
                r.getCallsPlaced(),
                r.getCallsReceived(),
                r.getCallsAnswered(),
                r.getCallsTransferred(),
                r.getCallsConverted(),
                r.getCallsVoicemail(),
                r.getCallsFailed(),
                r.getTalkSeconds(),
                r.getCreditsSpentMinor(),
                r.getHot(),
                r.getWarm(),
                r.getCold(),
                r.getScoreSum(),
                r.getScored(),
                stl,
                r.getRevenueMinor(),
                r.getLeadsQualified(),
                r.getVendorSpendMinor(),
                r.getMarketingSpendMinor());
    }
}
