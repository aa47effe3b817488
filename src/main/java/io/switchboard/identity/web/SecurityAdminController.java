package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.OrganizationSecurity;
import io.switchboard.identity.SecuritySettings;
import io.switchboard.identity.SessionManagement;
import io.switchboard.identity.TwoFactorPolicy;
import io.switchboard.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins: the organization's security settings and other users' sessions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Security administration", description = "2FA policy, IP allowlist, other users' sessions")
class SecurityAdminController {

    private final OrganizationSecurity security;
    private final SessionManagement sessions;

    SecurityAdminController(OrganizationSecurity security, SessionManagement sessions) {
        this.security = security;
        this.sessions = sessions;
    }

    record SettingsView(TwoFactorPolicy twoFactorPolicy, List<String> ipAllowlist) {
        static SettingsView of(SecuritySettings s) {
            return new SettingsView(s.twoFactorPolicy(), s.ipAllowlist().blocks());
        }
    }

    record SettingsUpdate(
            @Nullable TwoFactorPolicy twoFactorPolicy,
            @Nullable @Size(max = 200) List<@Size(max = 64) String> ipAllowlist) {}

    @GetMapping("/organization/security")
    @PreAuthorize("hasAuthority('organization:read')")
    @Operation(summary = "The organization's 2FA policy and IP allowlist")
    SettingsView settings() {
        return SettingsView.of(security.current());
    }

    @PatchMapping("/organization/security")
    @PreAuthorize("hasAuthority('organization:write')")
    @Operation(
            summary = "Change the 2FA policy (off, admins, everyone) or the IP allowlist (CIDR blocks, IPv4 and IPv6)",
            description = "An empty allowlist allows every address. A list that excludes your own address is refused.")
    SettingsView update(@Valid @RequestBody SettingsUpdate body, HttpServletRequest request) {
        return SettingsView.of(
                security.update(body.twoFactorPolicy(), body.ipAllowlist(), AuthController.client(request)));
    }

    @GetMapping("/users/{id}/sessions")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "A user's live sessions")
    List<AccountSecurityController.SessionView> userSessions(
            @AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        return sessions.of(UserId.of(id)).stream()
                .map(s -> AccountSecurityController.SessionView.of(s, me.sessionId()))
                .toList();
    }

    @DeleteMapping("/users/{id}/sessions/{session}")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "End one session of a user")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id, @PathVariable UUID session) {
        sessions.revoke(UserId.of(id), session);
    }

    @DeleteMapping("/users/{id}/sessions")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "End every session of a user")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeAll(@PathVariable UUID id) {
        sessions.revokeAll(UserId.of(id));
    }
}
