package io.switchboard.leads.internal;

import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.Lead;
import io.switchboard.leads.WonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Parts of a lead's row as the model has them: its calling bookkeeping and its won value. */
public final class LeadRows {

    private LeadRows() {}

    static Lead.Calling calling(LeadsRecord r) {
        return new Lead.Calling(
                Lead.CallStatus.fromCode(r.getCallStatus()),
                instant(r.getLastCalledAt()),
                r.getLastCallId(),
                r.getNotConnected(),
                r.getTransferredToHuman(),
                r.getSourceCallId());
    }

    public static void setValue(LeadsRecord record, WonValue value) {
        record.setValueMinor(value.valueMinor());
        record.setCurrency(value.currency());
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
