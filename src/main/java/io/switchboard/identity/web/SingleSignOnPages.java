package io.switchboard.identity.web;

import io.switchboard.identity.SingleSignOn;
import io.switchboard.identity.internal.AuthCookies;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** "Sign in with …": off to the provider, and back to the callback. */
@Controller
@ConsolePage
class SingleSignOnPages {

    static final String STATE_COOKIE = "SB_SSO";

    private final SingleSignOn singleSignOn;
    private final SignInFlow flow;

    SingleSignOnPages(SingleSignOn singleSignOn, SignInFlow flow) {
        this.singleSignOn = singleSignOn;
        this.flow = flow;
    }

    @GetMapping("/sign-in/oidc/{provider}")
    String start(
            @PathVariable String provider,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        var start = singleSignOn.start(provider, callback(provider), SignInPages.safeNext(next));
        AuthCookies.set(request, response, STATE_COOKIE, start.state(), Duration.ofMinutes(10));
        return "redirect:" + start.redirect();
    }

    @GetMapping("/sign-in/oidc/{provider}/callback")
    String callback(
            @PathVariable String provider,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String sealed = AuthCookies.read(request, STATE_COOKIE).orElse("");
        AuthCookies.set(request, response, STATE_COOKIE, "", Duration.ZERO);
        try {
            if (code == null || state == null || error != null) {
                throw new io.switchboard.shared.Unauthorized(
                        "sso_failed", "the provider did not sign you in" + (error == null ? "" : ": " + error));
            }
            var done = singleSignOn.complete(
                    provider, code, state, sealed, callback(provider), AuthController.client(request));
            return flow.finish(done.result(), done.next(), request, response, model);
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("error", problem.detail());
            model.addAttribute("next", "/");
            model.addAttribute("providers", singleSignOn.providers());
            return "identity/sign-in";
        }
    }

    private static String callback(String provider) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/sign-in/oidc/{provider}/callback")
                .buildAndExpand(provider)
                .toUriString();
    }
}
