package io.switchboard.identity.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.SessionManagement;
import io.switchboard.identity.TwoFactor;
import io.switchboard.identity.UserChanges;
import io.switchboard.identity.UserManagement;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.TimeZones;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@ConsolePage
class ProfilePage {

    private final UserManagement users;
    private final TwoFactor twoFactor;
    private final SessionManagement sessions;
    private final OrganizationManagement organizations;

    ProfilePage(
            UserManagement users,
            TwoFactor twoFactor,
            SessionManagement sessions,
            OrganizationManagement organizations) {
        this.users = users;
        this.organizations = organizations;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        var user = users.self(me);
        model.addAttribute("user", user);
        model.addAttribute("twoFactor", twoFactor.status(me));
        model.addAttribute("sessions", sessions.mine(me));
        model.addAttribute("currentSession", me.sessionId());
        model.addAttribute("zones", TimeZones.choices(Instant.now(), user.timezone()));
        model.addAttribute("organizationZone", organizations.current().timezone());
        return "identity/profile";
    }

    @PostMapping("/profile")
    String update(
            @AuthenticationPrincipal AuthenticatedUser me,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String timezone,
            @RequestParam(name = "avatar_url", required = false) @Nullable String avatarUrl,
            @RequestParam(required = false) @Nullable String phone,
            Model model) {
        users.updateProfile(
                me,
                UserChanges.profile(
                        Optional.of(name),
                        // Blank: follow the organization's zone.
                        Optional.ofNullable(blankToNull(timezone)),
                        Optional.ofNullable(blankToNull(avatarUrl)),
                        Optional.ofNullable(blankToNull(phone)),
                        null));
        model.addAttribute("kind", "success");
        model.addAttribute("message", "Profile saved.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal AuthenticatedUser me,
            @RequestParam("current_password") String currentPassword,
            @RequestParam("new_password") String newPassword,
            Model model) {
        users.changePassword(me, currentPassword, newPassword);
        model.addAttribute("kind", "success");
        model.addAttribute("message", "Password changed. Your other sessions were signed out.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
