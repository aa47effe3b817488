package io.switchboard.identity.internal;

import io.switchboard.shared.SystemMail;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The account mails' texts, queued as system mail (messaging's one outbox) for the current
 * organization. Each carries a live one-time link, so each is sensitive: its body is erased once
 * delivered.
 */
@Component
public class AccountMails {

    private final SystemMail mail;
    private final IdentityProperties properties;

    AccountMails(SystemMail mail, IdentityProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    public String link(String path) {
        return properties.publicUrl().replaceAll("/+$", "") + path;
    }

    public void verifyEmail(String to, String name, String url, Duration validFor) {
        mail.enqueue(
                to,
                "Confirm your e-mail address for Switchboard",
                """
                Hello %s,

                please confirm that this is your e-mail address by opening this link:

                %s

                The link works once and expires in %d hours. If you did not sign up for Switchboard,
                ignore this mail.
                """
                        .formatted(name, url, validFor.toHours()),
                "verify_email",
                true);
    }

    public void resetPassword(String to, String name, String url, Duration validFor) {
        mail.enqueue(
                to,
                "Reset your Switchboard password",
                """
                Hello %s,

                someone (hopefully you) asked to reset your Switchboard password. Choose a new one here:

                %s

                The link works once and expires in %d minutes. Resetting signs you out everywhere.
                If you did not ask for this, ignore this mail: your password stays as it is.
                """
                        .formatted(name, url, validFor.toMinutes()),
                "reset_password",
                true);
    }

    public void invitation(String to, String name, String url, Duration validFor) {
        mail.enqueue(
                to,
                "You are invited to Switchboard",
                """
                Hello %s,

                you have been invited to join your team on Switchboard. Accept the invitation and
                choose a password here:

                %s

                The link works once and expires in %d days.
                """
                        .formatted(name, url, validFor.toDays()),
                "invitation",
                true);
    }
}
