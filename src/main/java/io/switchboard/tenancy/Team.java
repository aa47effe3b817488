package io.switchboard.tenancy;

import io.switchboard.shared.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A department, team or squad.
 *
 * @param managerId the managing user's id
 */
public record Team(
        TeamId id,
        String name,
        TeamType teamType,
        @Nullable TeamId parentTeamId,
        @Nullable UUID managerId,
        @Nullable Money budget,
        @Nullable String location,
        @Nullable String description,
        int memberCount,
        Instant createdAt,
        Instant updatedAt) {}
