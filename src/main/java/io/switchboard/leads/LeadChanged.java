package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person (or an API client) changed fields of a lead: {@code fields} names them as the API does
 * ({@code status}, {@code score}, {@code custom_fields}…). Not published for the rating scoring
 * writes, nor for a change of the temperature alone.
 */
public record LeadChanged(UUID organizationId, LeadId leadId, List<String> fields, @Nullable UUID actorId, Instant at)
        implements TenantEvent {

    public LeadChanged {
        fields = List.copyOf(fields);
    }
}
