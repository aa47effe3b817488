package io.switchboard.identity.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.EmailVerification;
import io.switchboard.identity.SessionManagement;
import io.switchboard.identity.TwoFactor;
import io.switchboard.shared.ConsolePage;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The profile page's security actions (htmx): 2FA enrolment and codes, sessions, verification. */
@Controller
@ConsolePage
class AccountSecurityPages {

    private static final String FRAGMENTS = "identity/account-security";

    private final TwoFactor twoFactor;
    private final SessionManagement sessions;
    private final EmailVerification emailVerification;

    AccountSecurityPages(TwoFactor twoFactor, SessionManagement sessions, EmailVerification emailVerification) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.emailVerification = emailVerification;
    }

    @PostMapping("/profile/2fa")
    String beginEnrolment(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        model.addAttribute("enrolment", twoFactor.beginEnrolment(me));
        return FRAGMENTS + " :: enrol";
    }

    @PostMapping("/profile/2fa/confirm")
    String confirm(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam String code, Model model) {
        model.addAttribute("recoveryCodes", twoFactor.confirmEnrolment(me, code));
        return FRAGMENTS + " :: codes";
    }

    @PostMapping("/profile/2fa/recovery-codes")
    String regenerate(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam String code, Model model) {
        model.addAttribute("recoveryCodes", twoFactor.regenerateRecoveryCodes(me, code));
        return FRAGMENTS + " :: codes";
    }

    @PostMapping("/profile/2fa/disable")
    String disable(@AuthenticationPrincipal AuthenticatedUser me, @RequestParam String code, Model model) {
        twoFactor.disable(me, code);
        model.addAttribute("twoFactor", twoFactor.status(me));
        return FRAGMENTS + " :: status";
    }

    @PostMapping("/profile/sessions/{id}/revoke")
    @ResponseBody
    String revokeSession(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        sessions.revokeMine(me, id);
        return "";
    }

    @PostMapping("/profile/email-verification")
    String resendVerification(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        emailVerification.resend(me);
        model.addAttribute("kind", "success");
        model.addAttribute("message", "A new verification link is on its way.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }
}
