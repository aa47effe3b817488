package io.switchboard.tenancy;

import io.switchboard.shared.OrganizationId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

public record Organization(
        OrganizationId id,
        String name,
        SubscriptionTier subscriptionTier,
        @Nullable String billingEmail,
        String defaultRegion,
        String timezone,
        Map<String, Object> settings,
        String status,
        Instant createdAt,
        Instant updatedAt) {}
