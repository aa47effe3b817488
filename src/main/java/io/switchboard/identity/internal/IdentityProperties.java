package io.switchboard.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity module's settings ({@code switchboard.identity.*}): token and invitation lifetimes,
 * the public URL in account mails, and account security ({@code switchboard.identity.security.*},
 * see the README for what each default means). {@code sso-loopback-issuers} lets an organization's
 * single sign-on use a provider on this machine over plain http: for tests and local trials only.
 * Account mail is system mail: messaging sends it, with its settings under {@code switchboard.mail}.
 */
@ConfigurationProperties("switchboard.identity")
public record IdentityProperties(
        @DefaultValue("PT15M") Duration accessTokenTtl,
        @DefaultValue("P30D") Duration refreshTokenTtl,
        @DefaultValue("P7D") Duration invitationTtl,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Security security,
        @DefaultValue("false") boolean ssoLoopbackIssuers) {

    /**
     * Account security ({@code switchboard.identity.security.*}).
     *
     * @param apiKeyRotationGrace how long a rotated API key's previous secret keeps working
     */
    public record Security(
            @DefaultValue Throttle accountThrottle,
            @DefaultValue("50") int ipFailures,
            @DefaultValue TwoFactor twoFactor,
            @DefaultValue("PT24H") Duration apiKeyRotationGrace,
            @DefaultValue("P2D") Duration emailVerificationTtl,
            @DefaultValue("PT1H") Duration passwordResetTtl,
            @DefaultValue RateLimit rateLimit) {}

    /**
     * Failed sign-ins: {@code failures} within {@code window} lock for {@code lockout}, doubling with
     * each further lockout up to {@code maxLockout}; the count of lockouts is forgotten after
     * {@code memory} without failures.
     */
    public record Throttle(
            @DefaultValue("5") int failures,
            @DefaultValue("PT15M") Duration window,
            @DefaultValue("PT5M") Duration lockout,
            @DefaultValue("PT1H") Duration maxLockout,
            @DefaultValue("P1D") Duration memory) {}

    public record TwoFactor(
            @DefaultValue("PT5M") Duration challengeTtl,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("Switchboard") String issuer) {}

    /**
     * Requests per minute, per API key, per signed-in user and per address of anonymous callers;
     * provider webhooks per source address and per organization, and their refusals (forged or
     * unsigned) per address and organization.
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("120000") long perKeyPerMinute,
            @DefaultValue("120000") long perUserPerMinute,
            @DefaultValue("120000") long perAddressPerMinute,
            @DefaultValue("600000") long webhooksPerAddressPerMinute,
            @DefaultValue("600000") long webhooksPerOrganizationPerMinute,
            @DefaultValue("20") long webhookRefusalsPerMinute) {}
}
