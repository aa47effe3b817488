package io.switchboard.tenancy;

import io.switchboard.shared.Money;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partial update: a {@code null} field is left as it is, an empty {@link Optional} clears it.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record TeamChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<TeamType> teamType,
        @Nullable Optional<TeamId> parentTeamId,
        @Nullable Optional<UUID> managerId,
        @Nullable Optional<Money> budget,
        @Nullable Optional<String> location,
        @Nullable Optional<String> description) {}
