package io.switchboard.notifications;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A family of real-time topics a module publishes to, and the permission a subscriber needs:
 * {@code new RealtimeTopic("call", "calls:read")} covers {@code call:<id>}. Modules declare theirs
 * as beans. Topics are always scoped to the subscriber's organization; the {@code user} family is
 * special: {@code user:<id>} reaches only that user.
 *
 * @param reachable whether the subscribing request reaches the record a topic names (checked when
 *     the stream is opened, with the caller's reach bound): a family that carries every record of
 *     the organization ({@code calls}) answers false unless the caller reaches all; one per record
 *     ({@code call:<id>}) looks the record up
 */
public record RealtimeTopic(String family, @Nullable String permission, Predicate<String> reachable) {

    public RealtimeTopic(String family, @Nullable String permission) {
        this(family, permission, topic -> true);
    }
}
