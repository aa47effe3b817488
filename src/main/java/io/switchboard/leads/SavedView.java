package io.switchboard.leads;

import java.time.Instant;
import java.util.UUID;

/** A named lead-list filter of one user. */
public record SavedView(UUID id, String name, LeadFilter filters, Instant createdAt) {}
