package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.messaging.SystemMailStatus;
import io.switchboard.messaging.SystemMails;
import io.switchboard.shared.CursorPage;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Messaging system mail",
        description = "The platform's own mail to the organization's people (address checks, password resets,"
                + " invitations) in messaging's one outbox, sent through the platform's SMTP server")
class SystemMailController {

    private final SystemMails mails;

    SystemMailController(SystemMails mails) {
        this.mails = mails;
    }

    /**
     * A system mail's delivery, never its text (it may hold a live one-time link).
     *
     * @param kind what caused it: verify_email, reset_password, invitation
     * @param attempts delivery attempts so far
     * @param lastError the SMTP server's answer to the last failed attempt, cleared once sent
     * @param nextAttemptAt when a queued mail is tried (again)
     */
    record SystemMailView(
            UUID id,
            String recipient,
            String subject,
            String kind,
            SystemMailStatus status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable Instant nextAttemptAt) {

        static SystemMailView of(SystemMails.Mail mail) {
            return new SystemMailView(
                    mail.id(),
                    mail.recipient(),
                    mail.subject(),
                    mail.kind(),
                    mail.status(),
                    mail.attempts(),
                    mail.lastError(),
                    mail.createdAt(),
                    mail.sentAt(),
                    mail.status() == SystemMailStatus.QUEUED ? mail.nextAttemptAt() : null);
        }
    }

    @GetMapping("/api/v1/messaging/system-mail")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(
            summary = "The organization's system mail and its delivery, newest first (cursor pagination; filter by"
                    + " status queued, sent or failed)",
            description = "Did the invitation go out? A failed mail says why (last_error); a queued one when it is"
                    + " tried again. Bodies are never shown. 400 invalid_limit, invalid_cursor or a status that"
                    + " is not queued, sent or failed.")
    CursorPage<SystemMailView> list(
            @RequestParam(required = false) @Nullable SystemMailStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return mails.page(CursorPage.limit(limit), CursorPage.after(cursor), status)
                .map(SystemMailView::of);
    }
}
