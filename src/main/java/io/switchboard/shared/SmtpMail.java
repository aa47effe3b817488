package io.switchboard.shared;

import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP client for one server: the platform's account mail (identity) and each organization's
 * e-mail provider account (messaging) connect the same way, with timeouts so a silent server cannot
 * hold a job, STARTTLS as configured, and authentication only when a username is given.
 */
public final class SmtpMail {

    private SmtpMail() {}

    public static JavaMailSenderImpl sender(
            String host,
            int port,
            @Nullable String username,
            @Nullable String password,
            boolean starttls,
            Duration timeout) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        String millis = Long.toString(timeout.toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        if (username != null && !username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            props.put("mail.smtp.auth", "true");
        }
        return sender;
    }
}
