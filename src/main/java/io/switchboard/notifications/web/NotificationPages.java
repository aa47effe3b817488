package io.switchboard.notifications.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.notifications.NotificationCenter;
import io.switchboard.shared.ConsolePage;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The bell in the top bar and the notifications page. */
@Controller
@ConsolePage
class NotificationPages {

    private final NotificationCenter center;

    NotificationPages(NotificationCenter center) {
        this.center = center;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        model.addAttribute(
                "notifications", center.of(me.id().value(), false, null, 100).data());
        return "notifications/list";
    }

    @GetMapping("/notifications/badge")
    String badge(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        model.addAttribute("unread", center.unread(me.id().value()));
        return "notifications/list :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        center.markRead(me.id().value(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal AuthenticatedUser me) {
        center.markAllRead(me.id().value());
        return "redirect:/notifications";
    }
}
