package io.switchboard.messaging.web;

import io.switchboard.messaging.SystemMails;
import io.switchboard.messaging.internal.SystemMailProperties;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The system mail the organization's outbox holds, for development and demos without an SMTP
 * server. It shows live one-time links of mail not yet delivered, so it answers only where
 * {@code switchboard.mail.dev-mailbox} allows it (by default: when no SMTP host is configured);
 * elsewhere it is a page that does not exist. Decided per request, not by a condition on the bean:
 * the packaged jar's bean definitions are worked out at build time (Spring AOT), where the
 * operator's SMTP settings are not known.
 */
@Controller
@ConsolePage
class DevMailboxPage {

    private final SystemMails mailbox;
    private final SystemMailProperties mail;

    DevMailboxPage(SystemMails mailbox, SystemMailProperties mail) {
        this.mailbox = mailbox;
        this.mail = mail;
    }

    /**
     * Only where the dev mailbox is on (no SMTP server configured, or forced on). Decided when the
     * bean is made, not by a condition (the packaged jar's conditions are settled at build time); a
     * null bean is left out of the navigation's list.
     */
    @Bean
    @Nullable
    static NavigationEntry devMailboxNavigation(SystemMailProperties mail) {
        return mail.devMailboxEnabled()
                ? new NavigationEntry("Security", "Dev mailbox", "/dev/mailbox", "users:write", 990)
                : null;
    }

    @GetMapping("/dev/mailbox")
    @PreAuthorize("hasAuthority('users:write')")
    String mailbox(Model model) {
        if (!mail.devMailboxEnabled()) {
            throw new NotFound("Page", "/dev/mailbox");
        }
        model.addAttribute("mails", mailbox.recent());
        return "messaging/dev-mailbox";
    }
}
