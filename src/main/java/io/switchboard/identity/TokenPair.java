package io.switchboard.identity;

import java.util.UUID;

/** What a successful sign-in or refresh hands out. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn, UUID sessionId) {

    public String tokenType() {
        return "Bearer";
    }
}
