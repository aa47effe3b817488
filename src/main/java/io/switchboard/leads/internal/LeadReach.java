package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;

import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The leads within the current request's reach, as one condition on {@code leads} that every lead
 * query of the module carries (lists, search, counts, exports, the board, lookups by id). A lead out
 * of reach does not exist for the caller (404). A thread without a reach (jobs, listeners, the
 * dialer) works for the whole organization and reaches all.
 */
@Repository
public class LeadReach {

    private final DSLContext db;

    LeadReach(DSLContext db) {
        this.db = db;
    }

    /** Whether the current request reaches every lead (its condition is no condition). */
    static boolean all() {
        return RecordReach.current().map(r -> r.leads() == Reach.ALL).orElse(true);
    }

    public static Condition condition() {
        return RecordReach.current().map(r -> condition(r, r.leads())).orElse(DSL.noCondition());
    }

    /**
     * Own: the caller's leads, and the unassigned leads of their teams' projects (the pool they take
     * from); team: those of anyone in their teams, and that pool; all: every lead.
     */
    static Condition condition(RecordReach reach, Reach level) {
        Condition pool = LEADS.OWNER_ID.isNull().and(LEADS.PROJECT_ID.in(reach.teamProjects()));
        return switch (level) {
            case ALL -> DSL.noCondition();
            case TEAM -> LEADS.OWNER_ID.in(reach.teammates()).or(pool);
            case OWN -> LEADS.OWNER_ID.eq(reach.user().value()).or(pool);
        };
    }

    /** The ids of the live leads within {@code level} of {@code reach}, for other modules' conditions. */
    public List<UUID> ids(RecordReach reach, Reach level) {
        return db.select(LEADS.ID)
                .from(LEADS)
                .where(LEADS.DELETED_AT.isNull(), condition(reach, level))
                .fetch(LEADS.ID);
    }
}
