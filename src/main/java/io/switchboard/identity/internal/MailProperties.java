package io.switchboard.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail ({@code SWITCHBOARD_SMTP_*}). Without an SMTP host, mail stays in the outbox and
 * the console's dev mailbox shows it; {@code devMailbox} {@code auto} turns that page on exactly
 * then.
 */
@ConfigurationProperties("switchboard.mail")
public record MailProperties(
        @DefaultValue("Switchboard <no-reply@switchboard.local>") String from,
        @DefaultValue("auto") String devMailbox,
        @DefaultValue("8") int maxAttempts,
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
