package io.switchboard.identity.web;

import io.switchboard.identity.DevMailbox;
import io.switchboard.identity.internal.MailProperties;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mail the organization's outbox holds, for development and demos without an SMTP server. It
 * shows live one-time links, so it answers only where {@code switchboard.mail.dev-mailbox} allows
 * it (by default: when no SMTP host is configured); elsewhere it is a page that does not exist.
 * Decided per request, not by a condition on the bean: the packaged jar's bean definitions are
 * worked out at build time (Spring AOT), where the operator's SMTP settings are not known.
 */
@Controller
@ConsolePage
class DevMailboxPage {

    private final DevMailbox mailbox;
    private final MailProperties mail;

    DevMailboxPage(DevMailbox mailbox, MailProperties mail) {
        this.mailbox = mailbox;
        this.mail = mail;
    }

    @GetMapping("/dev/mailbox")
    @PreAuthorize("hasAuthority('users:write')")
    String mailbox(Model model) {
        if (!mail.devMailboxEnabled()) {
            throw new NotFound("Page", "/dev/mailbox");
        }
        model.addAttribute("mails", mailbox.recent());
        return "identity/dev-mailbox";
    }
}
