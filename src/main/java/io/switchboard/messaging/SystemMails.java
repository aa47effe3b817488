package io.switchboard.messaging;

import io.switchboard.messaging.internal.SystemMailOutbox;
import io.switchboard.shared.CursorPage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's system mail (account mail) in the one outbox: its status for admins, and for the
 * dev mailbox its text too. A sensitive mail's body is {@code null} once delivered: it was erased.
 */
@Service
public class SystemMails {

    private final SystemMailOutbox outbox;

    SystemMails(SystemMailOutbox outbox) {
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

    /** The newest 100, bodies included: for the dev mailbox only. */
    @Transactional(readOnly = true)
    public List<Mail> recent() {
        return outbox.page(100, null, null);
    }

    /** Newest first, after the cursor's mail, of one status if given. */
    @Transactional(readOnly = true)
    public CursorPage<Mail> page(int limit, @Nullable UUID after, @Nullable SystemMailStatus status) {
        return CursorPage.of(outbox.page(limit + 1, after, status), limit, Mail::id);
    }
}
