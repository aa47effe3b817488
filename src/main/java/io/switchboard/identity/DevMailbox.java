package io.switchboard.identity;

import io.switchboard.identity.internal.MailOutbox;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's recent outgoing mail, as the dev mailbox shows it. */
@Service
public class DevMailbox {

    private final MailOutbox outbox;

    DevMailbox(MailOutbox outbox) {
        this.outbox = outbox;
    }

    public record Mail(
            UUID id,
            String recipient,
            String subject,
            String body,
            String kind,
            String status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    @Transactional(readOnly = true)
    public List<Mail> recent() {
        return outbox.recent(100).stream()
                .map(m -> new Mail(
                        m.getId(),
                        m.getRecipient(),
                        m.getSubject(),
                        m.getBody(),
                        m.getKind(),
                        m.getStatus(),
                        m.getAttempts(),
                        m.getLastError(),
                        m.getCreatedAt().toInstant(),
                        m.getSentAt() == null ? null : m.getSentAt().toInstant()))
                .toList();
    }
}
