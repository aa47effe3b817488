package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.CALLS;

import io.switchboard.telephony.CallActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Calls counted per time bucket. */
@Repository
public class CallBuckets {

    private final DSLContext db;

    CallBuckets(DSLContext db) {
        this.db = db;
    }

    /** A campaign's calls created since {@code from}, per bucket; buckets without calls are absent. */
    public List<CallActivity> ofCampaign(UUID campaign, Instant from, Duration bucket) {
        OffsetDateTime origin = from.atOffset(ZoneOffset.UTC);
        // Inlined, so that the select, group by and order by repeat one expression PostgreSQL matches.
        var start = DSL.field(
                "date_bin({0}::interval, {1}, {2})",
                OffsetDateTime.class,
                DSL.inline(bucket.toSeconds() + " seconds"),
                CALLS.CREATED_AT,
                DSL.inline(origin));
        return db.select(start, DSL.count(), DSL.count(CALLS.ANSWERED_AT))
                .from(CALLS)
                .where(CALLS.CAMPAIGN_ID.eq(campaign), CALLS.CREATED_AT.ge(origin))
                .groupBy(start)
                .orderBy(start)
                .fetch(r -> new CallActivity(r.value1().toInstant(), r.value2(), r.value3()));
    }
}
