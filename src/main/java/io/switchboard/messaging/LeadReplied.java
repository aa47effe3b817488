package io.switchboard.messaging;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A lead's reply was stored (once per provider event: a redelivered webhook publishes nothing). */
public record LeadReplied(UUID organizationId, LeadId leadId, MessageId messageId, Channel channel)
        implements TenantEvent {}
