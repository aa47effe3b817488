package io.switchboard.identity.web;

import io.switchboard.identity.EmailVerification;
import io.switchboard.identity.PasswordReset;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages behind mailed links: forgot password, reset password, verify e-mail. Opening a link
 * changes nothing; the button on the page does (mail scanners follow links).
 */
@Controller
@ConsolePage
class AccountRecoveryPages {

    private final PasswordReset passwordReset;
    private final EmailVerification emailVerification;

    AccountRecoveryPages(PasswordReset passwordReset, EmailVerification emailVerification) {
        this.passwordReset = passwordReset;
        this.emailVerification = emailVerification;
    }

    @GetMapping("/forgot-password")
    String forgotForm() {
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgot(@RequestParam String email, HttpServletRequest request, HttpServletResponse response, Model model) {
        return attempt(
                () -> passwordReset.request(email, AuthController.client(request)),
                "sent",
                "identity/forgot-password",
                response,
                model);
    }

    @GetMapping("/reset-password/{token}")
    String resetForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "identity/reset-password";
    }

    @PostMapping("/reset-password/{token}")
    String reset(@PathVariable String token, @RequestParam String password, HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        return attempt(
                () -> passwordReset.complete(token, password), "done", "identity/reset-password", response, model);
    }

    @GetMapping("/verify-email/{token}")
    String verifyForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "identity/verify-email";
    }

    @PostMapping("/verify-email/{token}")
    String verify(@PathVariable String token, HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        return attempt(() -> emailVerification.verify(token), "done", "identity/verify-email", response, model);
    }

    private static String attempt(
            Runnable action, String flag, String view, HttpServletResponse response, Model model) {
        try {
            action.run();
            model.addAttribute(flag, true);
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.detail());
        }
        return view;
    }
}
