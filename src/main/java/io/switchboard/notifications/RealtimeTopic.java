package io.switchboard.notifications;

import org.jspecify.annotations.Nullable;

/**
 * A family of real-time topics a module publishes to, and the permission a subscriber needs:
 * {@code new RealtimeTopic("call", "calls:read")} covers {@code call:<id>}. Modules declare theirs
 * as beans. Topics are always scoped to the subscriber's organization; the {@code user} family is
 * special: {@code user:<id>} reaches only that user.
 */
public record RealtimeTopic(String family, @Nullable String permission) {}
