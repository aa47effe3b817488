package io.switchboard.identity;

import java.time.Instant;

/** A pending invitation: the token is shown once, to the inviting admin, and stored only hashed. */
public record Invitation(User user, String token, String url, Instant expiresAt) {}
