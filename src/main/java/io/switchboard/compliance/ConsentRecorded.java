package io.switchboard.compliance;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A lead's consent to AI calls was recorded. */
public record ConsentRecorded(UUID organizationId, ConsentId consentId, LeadId leadId, ConsentSource source)
        implements TenantEvent {}
