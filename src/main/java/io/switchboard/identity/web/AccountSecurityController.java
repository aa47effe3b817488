package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.EmailVerification;
import io.switchboard.identity.Enrolment;
import io.switchboard.identity.SessionManagement;
import io.switchboard.identity.TwoFactor;
import io.switchboard.identity.UserSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account security: 2FA, sessions, e-mail verification. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Account security", description = "Your 2FA, your sessions, your e-mail verification")
class AccountSecurityController {

    private final TwoFactor twoFactor;
    private final SessionManagement sessions;
    private final EmailVerification emailVerification;

    AccountSecurityController(TwoFactor twoFactor, SessionManagement sessions, EmailVerification emailVerification) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.emailVerification = emailVerification;
    }

    record Code(@NotBlank @Size(max = 32) String code) {}

    record RecoveryCodes(List<String> recoveryCodes) {}

    record SessionView(
            UUID id,
            String ipAddress,
            String userAgent,
            java.time.Instant createdAt,
            java.time.Instant lastSeenAt,
            java.time.Instant expiresAt,
            boolean current) {
        static SessionView of(UserSession s, UUID current) {
            return new SessionView(
                    s.id(),
                    s.ipAddress(),
                    s.userAgent(),
                    s.createdAt(),
                    s.lastSeenAt(),
                    s.expiresAt(),
                    s.id().equals(current));
        }
    }

    @GetMapping("/me/2fa")
    @Operation(summary = "Whether 2FA is on, how many recovery codes are left, and whether it is required")
    TwoFactor.Status status(@AuthenticationPrincipal AuthenticatedUser me) {
        return twoFactor.status(me);
    }

    @PostMapping("/me/2fa")
    @Operation(summary = "Start enrolling: a new secret, its otpauth URI and QR code (PNG data URI)")
    Enrolment begin(@AuthenticationPrincipal AuthenticatedUser me) {
        return twoFactor.beginEnrolment(me);
    }

    @PostMapping("/me/2fa/confirm")
    @Operation(summary = "Turn 2FA on with a first code; returns ten single-use recovery codes (shown once)")
    RecoveryCodes confirm(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody Code body) {
        return new RecoveryCodes(twoFactor.confirmEnrolment(me, body.code()));
    }

    @PostMapping("/me/2fa/recovery-codes")
    @Operation(summary = "Replace the recovery codes (proven with a current code)")
    RecoveryCodes regenerate(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody Code body) {
        return new RecoveryCodes(twoFactor.regenerateRecoveryCodes(me, body.code()));
    }

    @PostMapping("/me/2fa/disable")
    @Operation(summary = "Turn 2FA off (proven with a current code); refused while the organization requires it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody Code body) {
        twoFactor.disable(me, body.code());
    }

    @PostMapping("/me/email-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a new verification link to your address")
    void resendVerification(@AuthenticationPrincipal AuthenticatedUser me) {
        emailVerification.resend(me);
    }

    @GetMapping("/sessions")
    @Operation(summary = "Your live sessions (IP address, user agent, created, last seen)")
    List<SessionView> mySessions(@AuthenticationPrincipal AuthenticatedUser me) {
        return sessions.mine(me).stream()
                .map(s -> SessionView.of(s, me.sessionId()))
                .toList();
    }

    @DeleteMapping("/sessions/{id}")
    @Operation(summary = "End one of your sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        sessions.revokeMine(me, id);
    }
}
