package io.switchboard.identity;

/**
 * What a correct password (or single sign-on) leads to: tokens, or a challenge to finish first —
 * the second factor, or enrolling in 2FA when the organization requires it.
 */
public sealed interface SignInResult {

    record Completed(TokenPair tokens) implements SignInResult {}

    /**
     * @param challenge single-use, short-lived; send it to {@code /api/v1/auth/2fa/verify} (kind
     *     {@code two_factor}) or to {@code /api/v1/auth/2fa/enrol} (kind {@code enrolment_required})
     */
    record ChallengeIssued(String challenge, ChallengeKind kind, long expiresIn) implements SignInResult {}

    enum ChallengeKind {
        TWO_FACTOR,
        ENROLMENT_REQUIRED;

        @Override
        public String toString() {
            return io.switchboard.shared.Codes.of(this);
        }
    }
}
