package io.switchboard.leads;

import io.switchboard.shared.UserId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One action on many leads, named by id (at most {@link #MAX_LEADS}).
 *
 * @param ownerId for {@code assign}: the new owner, or null to unassign
 * @param status for {@code change_status}
 */
public record BulkAction(
        Kind action,
        List<LeadId> leadIds,
        @Nullable UserId ownerId,
        @Nullable LeadStatus status,
        @Nullable String reason) {

    public static final int MAX_LEADS = 1000;

    public enum Kind {
        ASSIGN,
        CHANGE_STATUS,
        DELETE;

        @Override
        public String toString() {
            return io.switchboard.shared.Codes.of(this);
        }
    }
}
