package io.switchboard.identity.web;

import io.switchboard.identity.DevMailbox;
import io.switchboard.shared.ConsolePage;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mail the organization's outbox holds, for development and demos without an SMTP server. It
 * shows live one-time links, so it exists only where {@code switchboard.mail.dev-mailbox} allows it
 * (by default: when no SMTP host is configured).
 */
@Controller
@ConsolePage
@Conditional(DevMailboxPage.Enabled.class)
class DevMailboxPage {

    private final DevMailbox mailbox;

    DevMailboxPage(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    @PreAuthorize("hasAuthority('users:write')")
    String mailbox(Model model) {
        model.addAttribute("mails", mailbox.recent());
        return "identity/dev-mailbox";
    }

    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            String setting = env.getProperty("switchboard.mail.dev-mailbox", "auto");
            return switch (setting) {
                case "true" -> true;
                case "false" -> false;
                default -> env.getProperty("switchboard.mail.smtp.host", "").isBlank();
            };
        }
    }
}
