package io.switchboard.leads.internal;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Scores and temperatures written for many leads at once (scoring's results). */
@Repository
public class Ratings {

    private final DSLContext db;

    Ratings(DSLContext db) {
        this.db = db;
    }

    /** A lead's rating before and after {@link #rate}. */
    public record Rated(UUID id, int fromScore, String fromTemperature, int score, String temperature) {}

    /**
     * Sets these scores and temperatures where the lead still has the expected score, locking the
     * leads in id order first (as every writer of several leads does, so that none deadlock), "for no
     * key update": a FOR UPDATE would also wait for transactions that only inserted rows referencing
     * a lead (their key-share lock), which deadlocked two scorings of one lead (LeadLocksIT).
     */
    public List<Rated> rate(UUID[] ids, Integer[] expected, Integer[] scores, String[] temperatures) {
        return db.resultQuery(
                        """
                        WITH v AS (SELECT * FROM unnest({0}::uuid[], {1}::int[], {2}::int[], {3}::text[])
                                     AS v(id, expected, score, temperature)),
                             locked AS (SELECT l.id, l.score, l.temperature FROM leads l
                                        WHERE l.id = ANY({0}::uuid[]) AND l.deleted_at IS NULL
                                        ORDER BY l.id FOR NO KEY UPDATE)
                        UPDATE leads SET score = v.score, temperature = v.temperature
                        FROM locked JOIN v ON v.id = locked.id
                        WHERE leads.id = locked.id AND locked.score = v.expected
                          AND (locked.score <> v.score OR locked.temperature <> v.temperature)
                        RETURNING leads.id, locked.score, locked.temperature, v.score, v.temperature
                        """,
                        DSL.val(ids), DSL.val(expected), DSL.val(scores), DSL.val(temperatures))
                .fetch(r -> new Rated(
                        r.get(0, UUID.class),
                        r.get(1, Integer.class),
                        r.get(2, String.class),
                        r.get(3, Integer.class),
                        r.get(4, String.class)));
    }
}
