package io.switchboard.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.switchboard.shared.Ids;
import io.switchboard.shared.MasterKey;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import java.nio.ByteBuffer;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Short-lived JWT access tokens (HS256, key derived from the master key). */
@Component
public class AccessTokens {

    public static final String ISSUER = "switchboard";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    static final int MAX_VERIFIED = 100_000;

    private final byte[] key;
    private final Duration ttl;
    private final Clock clock;
    private final Map<ByteBuffer, AccessClaims> verified = new ConcurrentHashMap<>();

    AccessTokens(MasterKey masterKey, IdentityProperties properties, Clock clock) {
        this.key = masterKey.derive("jwt-signing/v1");
        this.ttl = properties.accessTokenTtl();
        this.clock = clock;
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue(UserId user, OrganizationId organization, UUID session) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.toString())
                .claim("org", organization.toString())
                .claim("sid", session.toString())
                .jwtID(Ids.next().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
    }

    /**
     * The token's claims if its signature is good and it has not expired. A token whose signature was
     * checked before is found by its SHA-256 in {@link #verified} (the token itself is not kept):
     * parsing and checking the signature was 8% of a point read's CPU, and a client sends the same
     * token with every request for its whole life. Expiry is checked on every call, remembered or not.
     */
    public Optional<AccessClaims> verify(String token) {
        ByteBuffer digest = ByteBuffer.wrap(OpaqueTokens.hash(token));
        AccessClaims known = verified.get(digest);
        if (known != null) {
            return unexpired(known) ? Optional.of(known) : Optional.empty();
        }
        Optional<AccessClaims> claims = check(token);
        claims.ifPresent(c -> remember(digest, c));
        return claims;
    }

    private boolean unexpired(AccessClaims claims) {
        return !claims.expiresAt().plus(CLOCK_SKEW).isBefore(clock.instant());
    }

    /** Bounded: past {@link #MAX_VERIFIED} the expired are dropped, and if that frees nothing, all. */
    private void remember(ByteBuffer digest, AccessClaims claims) {
        if (verified.size() >= MAX_VERIFIED) {
            verified.values().removeIf(c -> !unexpired(c));
            if (verified.size() >= MAX_VERIFIED) {
                verified.clear();
            }
        }
        verified.put(digest, claims);
    }

    private Optional<AccessClaims> check(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer())
                    || expires == null
                    || expires.toInstant().plus(CLOCK_SKEW).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new AccessClaims(
                    UserId.of(UUID.fromString(claims.getSubject())),
                    OrganizationId.of(UUID.fromString(claims.getStringClaim("org"))),
                    UUID.fromString(claims.getStringClaim("sid")),
                    expires.toInstant()));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public record AccessClaims(UserId user, OrganizationId organization, UUID session, Instant expiresAt) {}
}
