package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A note was deleted: whatever was derived from its text goes with it. */
public record NoteDeleted(UUID organizationId, NoteId noteId, LeadId leadId) implements TenantEvent {}
