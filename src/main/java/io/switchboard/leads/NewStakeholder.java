package io.switchboard.leads;

import org.jspecify.annotations.Nullable;

/** Another contact on a lead, with their role ("decision maker", "spouse", "assistant"…). */
public record NewStakeholder(
        String name, @Nullable String role, @Nullable String email, @Nullable String phone, boolean primary) {}
