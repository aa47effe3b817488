package io.switchboard.identity.internal;

import io.switchboard.db.tables.records.MailOutboxRecord;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every two seconds, on every node: rows are claimed with FOR UPDATE SKIP LOCKED,
 * so two nodes never send the same mail, and a mail is marked sent in the transaction that sent
 * it. A crash between sending and committing sends it again (at least once, never lost). Failures
 * retry with exponential backoff (1 min, 2, 4, … up to 1 hour) and give up after
 * {@code maxAttempts}. Without an SMTP host, mail stays queued for the dev mailbox.
 */
@Component
class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 20;

    private final MailOutbox outbox;
    private final MailProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final @Nullable JavaMailSenderImpl smtp;
    private final MailRetryPolicy retries;

    MailSender(MailOutbox outbox, MailProperties properties, TransactionTemplate tx, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.smtp = properties.smtpConfigured() ? smtp(properties.smtp()) : null;
        this.retries = new MailRetryPolicy(properties.maxAttempts());
    }

    @Scheduled(fixedDelayString = "${switchboard.mail.poll-interval:PT2S}", initialDelay = 2000)
    void sendDue() {
        if (smtp == null) {
            return;
        }
        for (OrganizationId organization : tx.execute(status -> outbox.organizationsWithDueMail(50))) {
            TenantContext.runAs(
                    organization,
                    () -> tx.executeWithoutResult(
                            status -> outbox.claimDue(BATCH).forEach(this::send)));
        }
    }

    private void send(MailOutboxRecord mail) {
        try {
            var message = smtp.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(new InternetAddress(properties.from()));
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            smtp.send(message);
            outbox.markSent(mail, properties.devMailboxEnabled());
        } catch (MailException | jakarta.mail.MessagingException e) {
            int attempt = mail.getAttempts() + 1;
            boolean giveUp = retries.givesUpAfter(attempt);
            Duration backoff = retries.backoff(attempt);
            log.warn(
                    "Mail {} to {} failed (attempt {}{}): {}",
                    mail.getId(),
                    mail.getRecipient(),
                    attempt,
                    giveUp ? ", giving up" : "",
                    e.getMessage());
            outbox.markFailed(
                    mail, String.valueOf(e.getMessage()), clock.instant().plus(backoff), giveUp);
        }
    }

    private static JavaMailSenderImpl smtp(MailProperties.Smtp config) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(config.host());
        sender.setPort(config.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(config.starttls()));
        if (!config.username().isBlank()) {
            sender.setUsername(config.username());
            sender.setPassword(config.password());
            props.put("mail.smtp.auth", "true");
        }
        return sender;
    }
}
