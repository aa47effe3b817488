package io.switchboard.messaging.web;

import io.switchboard.messaging.SystemMailStatus;
import io.switchboard.messaging.SystemMails;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.NavigationEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Whether the organization's account mail went out: each system mail's recipient, kind, status,
 * attempts and the SMTP server's last answer, never its text (it may hold a live one-time link).
 */
@Controller
@ConsolePage
class AccountMailPage {

    private final SystemMails mails;

    AccountMailPage(SystemMails mails) {
        this.mails = mails;
    }

    @Bean
    static NavigationEntry accountMailNavigation() {
        return new NavigationEntry("Security", "Account mail", "/account-mail", "users:write", 985);
    }

    @GetMapping("/account-mail")
    @PreAuthorize("hasAuthority('users:write')")
    String page(
            @RequestParam(required = false) @Nullable SystemMailStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        model.addAttribute("page", mails.page(CursorPage.DEFAULT_LIMIT, CursorPage.after(cursor), status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", SystemMailStatus.values());
        return "messaging/account-mail";
    }
}
