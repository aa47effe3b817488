package io.switchboard.leads;

import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partial update: a {@code null} field is left as it is, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record TaskChanges(
        @Nullable Optional<String> title,
        @Nullable Optional<String> description,
        @Nullable Optional<UserId> assigneeId,
        @Nullable Optional<TaskPriority> priority,
        @Nullable Optional<TaskStatus> status,
        @Nullable Optional<Instant> dueAt) {

    public static TaskChanges status(TaskStatus status) {
        return new TaskChanges(null, null, null, null, Optional.of(status), null);
    }

    public static TaskChanges assignee(UserId assignee) {
        return new TaskChanges(null, null, Optional.of(assignee), null, null, null);
    }
}
