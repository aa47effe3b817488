package io.switchboard.identity.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Invitation;
import io.switchboard.identity.InviteUser;
import io.switchboard.identity.Role;
import io.switchboard.identity.SessionManagement;
import io.switchboard.identity.UserChanges;
import io.switchboard.identity.UserManagement;
import io.switchboard.identity.UserStatus;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.UserId;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The users page: invite people, change roles, deactivate and reactivate, all in place (htmx). */
@Controller
@ConsolePage
class UserPages {

    private final UserManagement users;
    private final SessionManagement sessions;

    UserPages(UserManagement users, SessionManagement sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** Ends every session of a user (a lost laptop, a departure). */
    @PostMapping("/users/{id}/sessions/revoke")
    @PreAuthorize("hasAuthority('users:write')")
    String endSessions(@PathVariable UUID id, Model model) {
        var user = users.get(UserId.of(id));
        sessions.revokeAll(user.id());
        model.addAttribute("kind", "success");
        model.addAttribute("message", user.name() + " is signed out everywhere.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('users:read')")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        model.addAttribute("users", users.list(null, null, q, null, 200).data());
        model.addAttribute("q", q);
        model.addAttribute("roles", assignableRoles(me));
        return "identity/users";
    }

    @PostMapping("/users")
    @PreAuthorize("hasAuthority('users:write')")
    String invite(
            @RequestParam String email,
            @RequestParam String name,
            @RequestParam Role role,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        Invitation invitation = users.invite(new InviteUser(email, name, role, null), me);
        model.addAttribute("user", invitation.user());
        model.addAttribute("invitation", invitation);
        model.addAttribute("roles", assignableRoles(me));
        return "identity/users :: invited";
    }

    @PostMapping("/users/{id}/role")
    @PreAuthorize("hasAuthority('users:write')")
    String changeRole(
            @PathVariable UUID id,
            @RequestParam Role role,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        var user =
                users.update(UserId.of(id), new UserChanges(null, Optional.of(role), null, null, null, null, null), me);
        return row(user, me, model);
    }

    @PostMapping("/users/{id}/status")
    @PreAuthorize("hasAuthority('users:write')")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam UserStatus status,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        var user = users.update(
                UserId.of(id), new UserChanges(null, null, Optional.of(status), null, null, null, null), me);
        return row(user, me, model);
    }

    @PostMapping("/users/{id}/invitation")
    @PreAuthorize("hasAuthority('users:write')")
    String reinvite(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        Invitation invitation = users.reinvite(UserId.of(id), me);
        model.addAttribute("user", invitation.user());
        model.addAttribute("invitation", invitation);
        model.addAttribute("roles", assignableRoles(me));
        return "identity/users :: invited";
    }

    private String row(io.switchboard.identity.User user, AuthenticatedUser me, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", assignableRoles(me));
        return "identity/users :: row";
    }

    private static java.util.List<Role> assignableRoles(AuthenticatedUser me) {
        return Arrays.stream(Role.values()).filter(me.role()::mayAssign).toList();
    }
}
