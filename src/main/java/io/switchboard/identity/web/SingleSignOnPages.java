package io.switchboard.identity.web;

import io.switchboard.identity.SingleSignOn;
import io.switchboard.identity.internal.SignedAuthorizationRequests;
import io.switchboard.identity.internal.SingleSignOnLogin;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Sign in with SSO": which organization, then off to its provider (Spring Security's
 * {@code oauth2Login}, see {@link SingleSignOnLogin}), and back here once Spring has checked the
 * provider's answer, to sign in to Switchboard.
 */
@Controller
@ConsolePage
class SingleSignOnPages {

    private final SingleSignOn singleSignOn;
    private final SignInFlow flow;

    SingleSignOnPages(SingleSignOn singleSignOn, SignInFlow flow) {
        this.singleSignOn = singleSignOn;
        this.flow = flow;
    }

    @GetMapping("/sign-in/sso")
    String choose(@RequestParam(required = false) @Nullable String next, Model model) {
        model.addAttribute("next", SignInPages.safeNext(next));
        return "identity/sign-in-sso";
    }

    @PostMapping("/sign-in/sso")
    String start(
            @RequestParam String organization,
            @RequestParam(required = false) @Nullable String next,
            HttpServletResponse response,
            Model model) {
        String safeNext = SignInPages.safeNext(next);
        return singleSignOn
                .registrationFor(organization)
                .map(id -> "redirect:"
                        + UriComponentsBuilder.fromPath(SingleSignOnLogin.START + "/{id}")
                                .queryParam("next", "{next}")
                                .encode()
                                .buildAndExpand(id, safeNext)
                                .toUriString())
                .orElseGet(() -> {
                    response.setStatus(HttpStatus.NOT_FOUND.value());
                    model.addAttribute("error", "No organization with single sign-on answers to that name.");
                    model.addAttribute("organization", organization);
                    model.addAttribute("next", safeNext);
                    return "identity/sign-in-sso";
                });
    }

    /** Reached only by the forward of {@link SingleSignOnLogin} once the provider's answer checked out. */
    @RequestMapping(SingleSignOnLogin.FINISH)
    String finish(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(SingleSignOnLogin.AUTHENTICATION) instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            throw new NotFound("page", request.getRequestURI());
        }
        String next =
                request.getAttribute(SignedAuthorizationRequests.TAKEN) instanceof OAuth2AuthorizationRequest taken
                        ? taken.getAttribute(SingleSignOnLogin.NEXT)
                        : null;
        try {
            var identity = new SingleSignOn.Identity(
                    user.getSubject(), user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()));
            var result = singleSignOn.complete(
                    token.getAuthorizedClientRegistrationId(), identity, AuthController.client(request));
            return flow.finish(result, next, request, response, model);
        } catch (Problem problem) {
            return refused(problem.status().value(), problem.detail(), response, model);
        }
    }

    /** Reached only by the forward of {@link SingleSignOnLogin} when Spring refused the sign-in. */
    @RequestMapping(SingleSignOnLogin.FAILED)
    String failed(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(SingleSignOnLogin.FAILURE) == null) {
            throw new NotFound("page", request.getRequestURI());
        }
        Throwable cause = (Throwable) request.getAttribute(SingleSignOnLogin.FAILURE);
        while (cause != null && !(cause instanceof Problem)) {
            cause = cause.getCause();
        }
        return cause instanceof Problem problem
                ? refused(problem.status().value(), problem.detail(), response, model)
                : refused(401, "the sign-in did not complete; start again", response, model);
    }

    /** Where an organization's provider must send the browser back: registered at the provider. */
    static String callbackUrl(String registrationId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(SingleSignOnLogin.START + "/{id}/callback")
                .buildAndExpand(registrationId)
                .toUriString();
    }

    private static String refused(int status, String detail, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("error", detail);
        model.addAttribute("next", "/");
        return "identity/sign-in";
    }
}
