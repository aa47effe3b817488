package io.switchboard.identity.web;

import io.switchboard.identity.SignInChallenges;
import io.switchboard.identity.SignInResult;
import io.switchboard.identity.TokenPair;
import io.switchboard.identity.internal.AuthCookies;
import io.switchboard.identity.internal.IdentityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The console's last sign-in step, shared by password and single sign-on: cookies, or a 2FA page. */
@Component
class SignInFlow {

    private final SignInChallenges challenges;
    private final IdentityProperties properties;

    SignInFlow(SignInChallenges challenges, IdentityProperties properties) {
        this.challenges = challenges;
        this.properties = properties;
    }

    String finish(
            SignInResult result,
            @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return switch (result) {
            case SignInResult.Completed done -> signedIn(done.tokens(), next, request, response);
            case SignInResult.ChallengeIssued challenge -> challengePage(challenge, next, model);
        };
    }

    String signedIn(TokenPair tokens, @Nullable String next, HttpServletRequest request, HttpServletResponse response) {
        AuthCookies.write(request, response, tokens, properties.refreshTokenTtl());
        AuthCookies.rotateCsrfToken(response);
        return "redirect:" + SignInPages.safeNext(next);
    }

    private String challengePage(SignInResult.ChallengeIssued challenge, @Nullable String next, Model model) {
        model.addAttribute("challenge", challenge.challenge());
        model.addAttribute("next", SignInPages.safeNext(next));
        if (challenge.kind() == SignInResult.ChallengeKind.TWO_FACTOR) {
            return "identity/two-factor";
        }
        model.addAttribute("enrolment", challenges.beginEnrolment(challenge.challenge()));
        return "identity/two-factor-enrol";
    }
}
