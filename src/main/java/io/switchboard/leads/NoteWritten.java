package io.switchboard.leads;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A note was added or its text edited: what indexes notes by their meaning reads the new text. */
public record NoteWritten(UUID organizationId, NoteId noteId, LeadId leadId, String body) implements TenantEvent {}
