package io.switchboard.tenancy;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partial update: a {@code null} field is left as it is, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record OrganizationChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> billingEmail,
        @Nullable Optional<String> defaultRegion,
        @Nullable Optional<String> timezone,
        @Nullable Optional<Map<String, Object>> settings,
        @Nullable Optional<SubscriptionTier> subscriptionTier) {}
