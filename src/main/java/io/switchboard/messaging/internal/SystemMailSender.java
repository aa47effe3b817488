package io.switchboard.messaging.internal;

import io.switchboard.db.tables.records.MessagingSystemMailRecord;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.SmtpMail;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one queued system mail through the platform's SMTP server (never an organization's provider
 * account, never the lead send policy): the {@code messaging.send-system-mail} job that
 * {@link SystemMailQueue} stores in the transaction that queues the mail, so a mail exists and is
 * sent exactly when that transaction commits, on one node, also after a restart. A crash between
 * sending and committing sends it again (at least once, never lost). A refused or failed delivery is
 * tried again after {@code firstRetry}, doubling up to an hour, and given up after
 * {@code maxAttempts}; its row says why. The log names the mail by id and kind only: never its
 * recipient or body. Without an SMTP host mail stays queued for the dev mailbox and is not sent later.
 */
@Component
class SystemMailSender {

    private static final Logger log = LoggerFactory.getLogger(SystemMailSender.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@\"'(),;:]+@[^\\s<>@\"'(),;:]+");

    /** The job's payload: which mail ({@code mailId}, as identity's job stored it before the move). */
    record Send(UUID mailId) {}

    private final SystemMailOutbox outbox;
    private final SystemMailProperties properties;
    private final Clock clock;
    private final @Nullable JavaMailSenderImpl smtp;
    private final RetryPolicy retries;

    SystemMailSender(SystemMailOutbox outbox, SystemMailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.smtp = properties.smtpConfigured() ? smtp(properties.smtp()) : null;
        this.retries = RetryPolicy.doubling(properties.firstRetry(), Duration.ofHours(1))
                .giveUpAfter(properties.maxAttempts());
    }

    /** Sends the mail if it still waits; answers when to try again after a failed delivery. */
    @Nullable
    Instant send(Send job) {
        MessagingSystemMailRecord mail = outbox.lockQueued(job.mailId()).orElse(null);
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
            outbox.markSent(mail);
            return null;
        } catch (MailException | jakarta.mail.MessagingException e) {
            int attempt = mail.getAttempts() + 1;
            Optional<Instant> next = retries.nextAttempt(clock.instant(), attempt);
            log.warn(
                    "System mail {} ({}) failed (attempt {}{}): {}",
                    mail.getId(),
                    mail.getKind(),
                    attempt,
                    next.isEmpty() ? ", giving up" : "",
                    withoutAddresses(String.valueOf(e.getMessage())));
            outbox.markFailed(mail, String.valueOf(e.getMessage()), next.orElse(clock.instant()), next.isEmpty());
            return next.orElse(null);
        }
    }

    /** A server's refusal often quotes the recipient: the log gets the reply without it. */
    static String withoutAddresses(String error) {
        return ADDRESS.matcher(error).replaceAll("<address>");
    }

    private static JavaMailSenderImpl smtp(SystemMailProperties.Smtp config) {
        return SmtpMail.sender(
                config.host(),
                config.port(),
                config.username(),
                config.password(),
                config.starttls(),
                Duration.ofSeconds(10));
    }
}
