package io.switchboard.shared;

/**
 * The platform's own mail to a person (account mail: an address check, a password reset, an
 * invitation): sent through the platform's SMTP server, not the organization's provider, and not
 * subject to a lead's consent. Messaging owns the one outbox behind it; the port lives here because
 * identity, which sends account mail, cannot depend on messaging (messaging depends on identity).
 */
public interface SystemMail {

    /**
     * Writes the mail to the outbox in the caller's transaction and organization: it is sent when
     * that transaction commits, and never if it rolls back. {@code kind} labels it for the people who
     * look at the outbox ({@code invitation}); a {@code sensitive} mail (a live one-time link) has
     * its body erased once delivered, and its body is never logged.
     */
    void enqueue(String to, String subject, String body, String kind, boolean sensitive);
}
