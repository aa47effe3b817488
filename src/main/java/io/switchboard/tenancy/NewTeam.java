package io.switchboard.tenancy;

import io.switchboard.shared.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record NewTeam(
        String name,
        @Nullable TeamType teamType,
        @Nullable TeamId parentTeamId,
        @Nullable UUID managerId,
        @Nullable Money budget,
        @Nullable String location,
        @Nullable String description) {}
