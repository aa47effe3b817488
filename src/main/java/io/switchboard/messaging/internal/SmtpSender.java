package io.switchboard.messaging.internal;

import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.SmtpMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the organization's SMTP server: {@code config {host, port, username, from,
 * starttls}}, secret {@code password}. The server's acceptance is the last word SMTP gives, so an
 * accepted message is {@code sent} (no delivery report follows). A permanent refusal (5xx, such as
 * 550 for an unknown mailbox) fails the message with the server's reply; a temporary one (4xx) or a
 * server out of reach is tried again.
 */
@Component
class SmtpSender implements Sender {

    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5][0-9]{2})[ -]");

    private final Duration timeout;

    SmtpSender(MessagingProperties properties) {
        this.timeout = properties.providerTimeout();
    }

    @Override
    public ProviderType type() {
        return ProviderType.SMTP;
    }

    @Override
    public boolean reportsDelivery() {
        return false;
    }

    @Override
    public void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {
        String host = text(config, "host");
        if (host == null || !host.matches("[A-Za-z0-9.-]{1,253}")) {
            throw new InvalidInput(
                    "config.host", "invalid_config", "the SMTP server's host name, e.g. smtp.example.com");
        }
        Object port = config.getOrDefault("port", 587);
        if (!(port instanceof Integer p) || p < 1 || p > 65535) {
            throw new InvalidInput("config.port", "invalid_config", "a port number from 1 to 65535, e.g. 587");
        }
        if (config.containsKey("starttls") && !(config.get("starttls") instanceof Boolean)) {
            throw new InvalidInput("config.starttls", "invalid_config", "true or false");
        }
        from(config);
        boolean passwordGiven = secrets != null && text(secrets, "password") != null;
        if (text(config, "username") != null && !passwordGiven && (secrets != null || !secretsStored)) {
            throw new InvalidInput("secrets.password", "invalid_config", "the password for the username is required");
        }
    }

    @Override
    public String send(Outbound message) {
        Map<String, Object> config = message.config();
        JavaMailSenderImpl smtp = SmtpMail.sender(
                String.valueOf(config.get("host")),
                config.get("port") instanceof Integer port ? port : 587,
                text(config, "username"),
                text(message.secrets(), "password"),
                !Boolean.FALSE.equals(config.get("starttls")),
                timeout);
        try {
            MimeMessage mime = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from(config));
            helper.setTo(message.recipient());
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.body(), false);
            smtp.send(mime);
            String id = mime.getMessageID();
            return id == null ? "smtp:" + message.id() : id;
        } catch (MailAuthenticationException e) {
            throw new SendFailed("smtp_auth_failed", "the SMTP server refused the username and password");
        } catch (MailException | MessagingException e) {
            throw refusal(e);
        }
    }

    /** The server's reply when it gave one: 5xx is final, 4xx and no answer are tried again. */
    static RuntimeException refusal(Exception e) {
        Optional<String> reply = reply(e);
        if (reply.isPresent()) {
            Matcher code = REPLY.matcher(reply.get());
            code.find();
            String text = reply.get().strip();
            return code.group(1).startsWith("5")
                    ? new SendFailed(code.group(1), text)
                    : new TryLater("smtp_" + code.group(1), "the SMTP server answered " + text);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new TryLater("provider_unreachable", "the SMTP server could not be reached");
            }
        }
        return new TryLater(
                "smtp_error", "the SMTP exchange failed: " + e.getClass().getSimpleName());
    }

    /** The innermost SMTP reply in the chain (Jakarta Mail nests the recipient's refusal). */
    private static Optional<String> reply(Throwable e) {
        String found = null;
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && REPLY.matcher(cause.getMessage()).find()) {
                found = cause.getMessage();
            }
            if (cause instanceof org.springframework.mail.MailSendException send) {
                for (Exception failed : send.getFailedMessages().values()) {
                    Optional<String> inner = failed == send ? Optional.empty() : reply(failed);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static InternetAddress from(Map<String, Object> config) {
        String from = text(config, "from");
        try {
            if (from == null) {
                throw new AddressException("missing");
            }
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new InvalidInput(
                    "config.from", "invalid_config", "an e-mail address, e.g. Acme <hello@acme.example>");
        }
    }

    private static @Nullable String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
