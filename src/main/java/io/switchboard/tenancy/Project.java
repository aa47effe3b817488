package io.switchboard.tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record Project(
        ProjectId id,
        String name,
        @Nullable String description,
        ProjectStatus status,
        @Nullable TeamId teamId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt) {}
