package io.switchboard.messaging.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's SMTP server for system mail ({@code SWITCHBOARD_SMTP_*}; the prefix stayed
 * {@code switchboard.mail} when the outbox moved from identity, so operators' settings still hold).
 * Without an SMTP host, mail stays in the outbox and the console's dev mailbox shows it;
 * {@code devMailbox} {@code auto} turns that page on exactly then. A failed delivery is tried again
 * after {@code firstRetry}, doubling up to an hour, {@code maxAttempts} times in all.
 */
@ConfigurationProperties("switchboard.mail")
public record SystemMailProperties(
        @DefaultValue("Switchboard <no-reply@switchboard.local>") String from,
        @DefaultValue("auto") String devMailbox,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue Smtp smtp) {

    public record Smtp(
            @DefaultValue("") String host,
            @DefaultValue("587") int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("true") boolean starttls) {}

    public boolean smtpConfigured() {
        return !smtp.host().isBlank();
    }

    public boolean devMailboxEnabled() {
        return switch (devMailbox) {
            case "true" -> true;
            case "false" -> false;
            default -> !smtpConfigured();
        };
    }
}
