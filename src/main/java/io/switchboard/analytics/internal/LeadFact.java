package io.switchboard.analytics.internal;

import io.switchboard.leads.Lead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A live lead as analytics counts it (a row of {@code analytics_leads}).
 *
 * @param valueMinor its won value, in minor units of {@code currency} (counted once it is converted)
 */
record LeadFact(
        UUID leadId,
        LocalDate day,
        Instant createdAt,
        String source,
        @Nullable UUID vendorId,
        @Nullable UUID marketingCampaignId,
        @Nullable UUID ownerId,
        String status,
        @Nullable Long valueMinor,
        @Nullable String currency) {

    /** The fact of {@code lead}, null when it is deleted (lists leave it out, so figures do too). */
    static @Nullable LeadFact of(Lead lead, ZoneId zone) {
        if (lead.isDeleted()) {
            return null;
        }
        return new LeadFact(
                lead.id().value(),
                LocalDate.ofInstant(lead.createdAt(), zone),
                lead.createdAt(),
                lead.source().toString(),
                lead.vendorId(),
                lead.marketingCampaignId(),
                lead.ownerId() == null ? null : lead.ownerId().value(),
                lead.status().toString(),
                lead.valueMinor(),
                lead.currency());
    }
}
