package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.CALLS;

import io.switchboard.telephony.CallFilter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The call list's filters on people, placing time, ended, handed over and the organization's number:
 * the ones analytics' drill links use, so that a figure and its list count the same calls.
 */
final class CallNarrowing {

    private static final List<String> OPEN = List.of("queued", "ringing", "in_progress");

    private CallNarrowing() {}

    /** The conditions of these filters after {@code first} (the caller's reach), as a list to add to. */
    static List<Condition> of(CallFilter filter, Condition first) {
        List<Condition> where = new ArrayList<>(List.of(first));
        if (filter.userId() != null && !filter.userId().isEmpty()) {
            where.add(CALLS.USER_ID.eq(DSL.any(filter.userId().toArray(UUID[]::new))));
        }
        if (filter.createdAfter() != null) {
            where.add(CALLS.CREATED_AT.ge(filter.createdAfter().atOffset(ZoneOffset.UTC)));
        }
        if (filter.createdBefore() != null) {
            where.add(CALLS.CREATED_AT.lt(filter.createdBefore().atOffset(ZoneOffset.UTC)));
        }
        if (filter.ended() != null) {
            where.add(filter.ended() ? CALLS.STATUS.notIn(OPEN) : CALLS.STATUS.in(OPEN));
        }
        if (filter.phoneNumberId() != null) {
            where.add(CALLS.PHONE_NUMBER_ID.eq(filter.phoneNumberId().value()));
        }
        if (filter.transferred() != null) {
            where.add(filter.transferred() ? CALLS.TRANSFER_TYPE.isNotNull() : CALLS.TRANSFER_TYPE.isNull());
        }
        return where;
    }
}
