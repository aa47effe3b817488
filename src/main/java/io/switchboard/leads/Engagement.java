package io.switchboard.leads;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A call, a hand-over to a human or a completed task on a lead's timeline.
 *
 * @param callStatus a call's outcome ({@code completed}, {@code no_answer}, {@code busy},
 *     {@code voicemail}, {@code failed}, {@code canceled}); null for the other kinds
 */
public record Engagement(LeadId leadId, ActivityKind kind, @Nullable String callStatus, Instant at) {}
