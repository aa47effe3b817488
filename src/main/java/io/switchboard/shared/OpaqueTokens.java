package io.switchboard.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque bearer secrets (API keys, refresh tokens, invitations…): a prefix, then 16 bytes naming the
 * organization — so the lookup can run under that organization's row-level security — and 32
 * random bytes. Only their SHA-256 hash is stored.
 */
public final class OpaqueTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ENCODED_LENGTH = 64; // base64url of 48 bytes

    private OpaqueTokens() {}

    public static String issue(String prefix, UUID organization) {
        ByteBuffer bytes = ByteBuffer.allocate(48);
        bytes.putLong(organization.getMostSignificantBits());
        bytes.putLong(organization.getLeastSignificantBits());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        bytes.put(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static Optional<UUID> organizationOf(String prefix, String token) {
        if (!token.startsWith(prefix) || token.length() != prefix.length() + ENCODED_LENGTH) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(prefix.length())));
            return Optional.of(new UUID(bytes.getLong(), bytes.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static byte[] hash(String token) {
        try {
            // A copy of one digest: looking the algorithm up among the providers on every call was
            // two thirds of hashing an access token on each API request.
            return ((MessageDigest) SHA_256.clone()).digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final MessageDigest SHA_256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the console shows of a key: its prefix and first characters. */
    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(token.length(), 12));
    }
}
