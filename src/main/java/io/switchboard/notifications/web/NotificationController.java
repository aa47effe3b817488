package io.switchboard.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.notifications.Notification;
import io.switchboard.notifications.NotificationCenter;
import io.switchboard.shared.CursorPage;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Your in-app notifications")
class NotificationController {

    private final NotificationCenter center;

    NotificationController(NotificationCenter center) {
        this.center = center;
    }

    record Unread(int unread) {}

    @GetMapping
    @Operation(summary = "Your notifications, newest first (unread=true for unread ones only)")
    CursorPage<Notification> list(
            @AuthenticationPrincipal AuthenticatedUser me,
            @RequestParam(required = false) @Nullable Boolean unread,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return center.of(me.id().value(), Boolean.TRUE.equals(unread), cursor, limit);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many notifications you have not read")
    Unread unread(@AuthenticationPrincipal AuthenticatedUser me) {
        return new Unread(center.unread(me.id().value()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        center.markRead(me.id().value(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all your notifications read")
    Unread readAll(@AuthenticationPrincipal AuthenticatedUser me) {
        center.markAllRead(me.id().value());
        return new Unread(0);
    }
}
