package io.switchboard.tenancy;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partial update: a {@code null} field is left as it is, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record ProjectChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> description,
        @Nullable Optional<ProjectStatus> status,
        @Nullable Optional<TeamId> teamId,
        @Nullable Optional<LocalDate> startDate,
        @Nullable Optional<LocalDate> endDate) {}
