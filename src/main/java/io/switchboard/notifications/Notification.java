package io.switchboard.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something a user should know: a mention, an assignment, a task, an alert. */
public record Notification(
        UUID id,
        String kind,
        String priority,
        String title,
        @Nullable String body,
        @Nullable String link,
        @Nullable UUID relatedId,
        @Nullable Instant readAt,
        Instant createdAt) {}
