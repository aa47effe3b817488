package io.switchboard.leads;

import java.util.List;

/** A lead with its stakeholders. */
public record LeadDetails(Lead lead, List<Stakeholder> stakeholders) {}
