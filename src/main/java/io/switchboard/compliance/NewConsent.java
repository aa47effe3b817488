package io.switchboard.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Consent to record: where it came from, when it was given (now when null), and the evidence (a
 * text, a URL, or both; at least one).
 */
public record NewConsent(
        ConsentSource source, @Nullable Instant obtainedAt, @Nullable String evidence, @Nullable String evidenceUrl) {}
