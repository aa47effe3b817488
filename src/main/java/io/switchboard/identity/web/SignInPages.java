package io.switchboard.identity.web;

import io.switchboard.identity.Accounts;
import io.switchboard.identity.SignInChallenges;
import io.switchboard.identity.SignInResult;
import io.switchboard.identity.SignUp;
import io.switchboard.identity.TokenPair;
import io.switchboard.identity.internal.AuthCookies;
import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Problem;
import io.switchboard.shared.TimeZones;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in, sign-up, sign-out and invitation pages of the console. */
@Controller
@ConsolePage
class SignInPages {

    private static final Pattern URI_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*");

    private final Accounts accounts;
    private final SignInChallenges challenges;
    private final SignInFlow flow;
    private final IdentityProperties properties;

    SignInPages(Accounts accounts, SignInChallenges challenges, SignInFlow flow, IdentityProperties properties) {
        this.accounts = accounts;
        this.challenges = challenges;
        this.flow = flow;
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signInForm(@RequestParam(required = false) @Nullable String next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "identity/sign-in";
    }

    @PostMapping("/sign-in")
    String signIn(
            @RequestParam String email,
            @RequestParam String password,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            var result = accounts.signIn(email, password, AuthController.client(request));
            return flow.finish(result, next, request, response, model);
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.detail());
            model.addAttribute("email", email);
            model.addAttribute("next", safeNext(next));
            return "identity/sign-in";
        }
    }

    /** The second step: a TOTP or recovery code for the challenge from the first. */
    @PostMapping("/sign-in/2fa")
    String verifyTwoFactor(
            @RequestParam String challenge,
            @RequestParam String code,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            return flow.signedIn(
                    challenges.verify(challenge, code, AuthController.client(request)), next, request, response);
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.detail());
            return flow.finish(
                    new SignInResult.ChallengeIssued(challenge, SignInResult.ChallengeKind.TWO_FACTOR, 0),
                    next,
                    request,
                    response,
                    model);
        }
    }

    /** Enrolment the organization requires, finished with a first code: shows the recovery codes. */
    @PostMapping("/sign-in/2fa/enrol")
    String confirmEnrolment(
            @RequestParam String challenge,
            @RequestParam String code,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            var done = challenges.confirmEnrolment(challenge, code, AuthController.client(request));
            flow.signedIn(done.tokens(), next, request, response);
            model.addAttribute("recoveryCodes", done.recoveryCodes());
            model.addAttribute("next", safeNext(next));
            return "identity/recovery-codes";
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.detail());
            model.addAttribute("challenge", challenge);
            model.addAttribute("next", safeNext(next));
            return "identity/two-factor-enrol";
        }
    }

    @GetMapping("/sign-up")
    String signUpForm(Model model) {
        model.addAttribute("zones", TimeZones.choices(Instant.now()));
        return "identity/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(
            @RequestParam("organization_name") String organizationName,
            @RequestParam String name,
            @RequestParam String email,
            @RequestParam String password,
            @RequestParam(required = false) @Nullable String timezone,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            var result = accounts.signUp(
                    new SignUp(organizationName, name, email, password, timezone, true),
                    AuthController.client(request));
            AuthCookies.write(request, response, result.tokens(), properties.refreshTokenTtl());
            AuthCookies.rotateCsrfToken(response);
            return "redirect:/";
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.detail());
            model.addAttribute("organizationName", organizationName);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            model.addAttribute("timezone", timezone);
            model.addAttribute("zones", TimeZones.choices(Instant.now()));
            return "identity/sign-up";
        }
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        AuthCookies.read(request, AuthCookies.REFRESH).ifPresent(accounts::signOut);
        AuthCookies.clear(request, response);
        return "redirect:/sign-in";
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "identity/invitation";
    }

    @PostMapping("/invitations/{token}")
    String acceptInvitation(
            @PathVariable String token,
            @RequestParam String password,
            @RequestParam(required = false) @Nullable String name,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            TokenPair tokens = accounts.acceptInvitation(token, password, name);
            AuthCookies.write(request, response, tokens, properties.refreshTokenTtl());
            AuthCookies.rotateCsrfToken(response);
            return "redirect:/";
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("token", token);
            model.addAttribute("error", problem.detail());
            return "identity/invitation";
        }
    }

    /**
     * Only local paths: never redirect a signed-in user to another site. And only characters of URI
     * syntax, as a browser sends a path (percent-encoded): a line break cannot go into a Location
     * header, braces would be taken for a URI template, and browsers drop tabs and line breaks from
     * a URL, so that "/\t/evil.example" would lead to "//evil.example".
     */
    static String safeNext(@Nullable String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || !URI_CHARACTERS.matcher(next).matches()) {
            return "/";
        }
        return next;
    }
}
