package io.switchboard.analytics;

import io.switchboard.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the qualified-lead list: the drill links of {@code leads_qualified} carry the same
 * ones as those of {@code leads_created} (creation time, owners, source, vendor, marketing campaign).
 *
 * @param createdAfter inclusive
 * @param createdBefore exclusive
 * @param ownerIds any of these owners (a person's or a team's figures); empty: any owner
 */
public record QualifiedLeadFilter(
        Instant createdAfter,
        Instant createdBefore,
        List<UUID> ownerIds,
        @Nullable String source,
        @Nullable UUID vendorId,
        @Nullable UUID marketingCampaignId) {

    /** The longest range a figure covers (400 days) and a day of slack for time zones. */
    static final Duration LONGEST = Duration.ofDays(DayRange.MAX_DAYS + 1);

    public QualifiedLeadFilter {
        ownerIds = List.copyOf(ownerIds);
        if (!createdBefore.isAfter(createdAfter)) {
            throw new InvalidInput("created_before", "invalid_range", "must be after created_after");
        }
        if (Duration.between(createdAfter, createdBefore).compareTo(LONGEST) > 0) {
            throw new InvalidInput("created_before", "range_too_long", "a range covers at most 400 days");
        }
    }
}
