package io.switchboard.identity.internal;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** The account mails' texts, queued in the outbox of the current organization. */
@Component
public class AccountMails {

    private final MailQueue mail;
    private final IdentityProperties properties;

    AccountMails(MailQueue mail, IdentityProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    public String link(String path) {
        return properties.publicUrl().replaceAll("/+$", "") + path;
    }

    public void verifyEmail(String to, String name, String url, Duration validFor) {
        mail.queue(
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
                "verify_email");
    }

    public void resetPassword(String to, String name, String url, Duration validFor) {
        mail.queue(
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
                "reset_password");
    }

    public void invitation(String to, String name, String url, Duration validFor) {
        mail.queue(
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
                "invitation");
    }
}
