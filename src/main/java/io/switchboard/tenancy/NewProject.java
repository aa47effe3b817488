package io.switchboard.tenancy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewProject(
        String name,
        @Nullable String description,
        @Nullable ProjectStatus status,
        @Nullable TeamId teamId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate) {}
