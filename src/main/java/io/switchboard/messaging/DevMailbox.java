package io.switchboard.messaging;

import io.switchboard.messaging.internal.SystemMailOutbox;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's recent system mail (account mail) from the one outbox, as the dev mailbox shows
 * it. A sensitive mail's body is {@code null} once delivered: it was erased.
 */
@Service
public class DevMailbox {

    private final SystemMailOutbox outbox;

    DevMailbox(SystemMailOutbox outbox) {
        this.outbox = outbox;
    }

    public record Mail(
            UUID id,
            String recipient,
            String subject,
            @Nullable String body,
            String kind,
            SystemMailStatus status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt,
            Instant nextAttemptAt) {}

    @Transactional(readOnly = true)
    public List<Mail> recent() {
        return outbox.recent(100);
    }
}
