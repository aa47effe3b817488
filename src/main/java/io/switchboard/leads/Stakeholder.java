package io.switchboard.leads;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record Stakeholder(
        UUID id,
        String name,
        @Nullable String role,
        @Nullable String email,
        @Nullable String phone,
        boolean primary,
        Instant createdAt) {}
