package io.switchboard.identity.internal;

import io.switchboard.db.tables.records.MailOutboxRecord;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.SmtpMail;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one queued mail: the job {@link MailQueue} schedules in the transaction that queues it, so a
 * mail exists and is sent exactly when that transaction commits, on one node. A crash between sending
 * and committing sends it again (at least once, never lost). A refused or failed delivery is tried
 * again after 1, 2, 4 … minutes (at most an hour) and given up after {@code maxAttempts}; its row
 * says why. Without an SMTP host mail stays queued for the dev mailbox and is not sent later.
 */
@Component
class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);

    /** The job's payload: which mail. */
    record Send(UUID mailId) {}

    private final MailOutbox outbox;
    private final MailProperties properties;
    private final Clock clock;
    private final @Nullable JavaMailSenderImpl smtp;
    private final RetryPolicy retries;

    MailSender(MailOutbox outbox, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.smtp = properties.smtpConfigured() ? smtp(properties.smtp()) : null;
        this.retries =
                RetryPolicy.doubling(Duration.ofMinutes(1), Duration.ofHours(1)).giveUpAfter(properties.maxAttempts());
    }

    /** Sends the mail if it still waits; answers when to try again after a failed delivery. */
    @Nullable
    Instant send(Send job) {
        MailOutboxRecord mail = outbox.lockQueued(job.mailId()).orElse(null);
        if (mail == null || smtp == null) {
            return null;
        }
        try {
            var message = smtp.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(new InternetAddress(properties.from()));
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            smtp.send(message);
            outbox.markSent(mail, properties.devMailboxEnabled());
            return null;
        } catch (MailException | jakarta.mail.MessagingException e) {
            int attempt = mail.getAttempts() + 1;
            Optional<Instant> next = retries.nextAttempt(clock.instant(), attempt);
            log.warn(
                    "Mail {} ({}) failed (attempt {}{}): {}",
                    mail.getId(),
                    mail.getKind(),
                    attempt,
                    next.isEmpty() ? ", giving up" : "",
                    e.getMessage());
            outbox.markFailed(mail, String.valueOf(e.getMessage()), next.orElse(clock.instant()), next.isEmpty());
            return next.orElse(null);
        }
    }

    private static JavaMailSenderImpl smtp(MailProperties.Smtp config) {
        return SmtpMail.sender(
                config.host(),
                config.port(),
                config.username(),
                config.password(),
                config.starttls(),
                Duration.ofSeconds(10));
    }
}
