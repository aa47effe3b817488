package io.switchboard.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Consent to record: where it came from, when it was given (now when null), the evidence (a text, a
 * URL, or both; at least one), and the channel and purpose it covers (AI calls by default).
 */
public record NewConsent(
        ConsentSource source,
        @Nullable Instant obtainedAt,
        @Nullable String evidence,
        @Nullable String evidenceUrl,
        ConsentChannel channel,
        ConsentPurpose purpose) {

    /** Consent to AI calls, the ledger's meaning before it covered messaging. */
    public NewConsent(
            ConsentSource source,
            @Nullable Instant obtainedAt,
            @Nullable String evidence,
            @Nullable String evidenceUrl) {
        this(source, obtainedAt, evidence, evidenceUrl, ConsentChannel.VOICE, ConsentPurpose.AI_CALLS);
    }
}
