package io.switchboard.identity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.Accounts;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.EmailVerification;
import io.switchboard.identity.Enrolment;
import io.switchboard.identity.PasswordReset;
import io.switchboard.identity.SignInChallenges;
import io.switchboard.identity.SignInResult;
import io.switchboard.identity.SignUp;
import io.switchboard.identity.SignedUp;
import io.switchboard.identity.TokenPair;
import io.switchboard.tenancy.Organization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(
        name = "Authentication",
        description =
                "Sign-up, sign-in (with 2FA challenges), token refresh, sign-out, e-mail verification, password reset")
class AuthController {

    // The docs' walk-through requests, shown as the bodies' examples in the OpenAPI document.
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String SIGN_UP_EXAMPLE =
            """
            {"organization_name": "Brightpath Realty", "name": "Dana", "email": "dana@brightpath.example",
             "password": "correct-horse-battery", "timezone": "America/New_York"}""";
    private static final String SIGN_IN_EXAMPLE =
            """
            {"email": "admin@acme.example", "password": "switchboard-demo"}""";

    private final Accounts accounts;
    private final SignInChallenges challenges;
    private final EmailVerification emailVerification;
    private final PasswordReset passwordReset;

    AuthController(
            Accounts accounts,
            SignInChallenges challenges,
            EmailVerification emailVerification,
            PasswordReset passwordReset) {
        this.accounts = accounts;
        this.challenges = challenges;
        this.emailVerification = emailVerification;
        this.passwordReset = passwordReset;
    }

    record SignUpRequest(
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 128) String password,
            @Schema(
                            description = "the organization's IANA time zone, e.g. Europe/Berlin (the console sends the"
                                    + " browser's); UTC when absent",
                            example = "America/New_York")
                    @Nullable
                    @Size(max = 64)
                    String timezone) {}

    record SignUpResponse(
            Organization organization,
            UserView user,
            String accessToken,
            String refreshToken,
            String tokenType,
            long expiresIn) {}

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    record AcceptInvitationRequest(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 128) String password,
            @Nullable @Size(max = 200) String name) {}

    /**
     * Tokens, or (for a user with 2FA, or one the organization requires to enrol) a challenge:
     * {@code two_factor} names which, {@code challenge} is the token to answer it with.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoginResponse(
            @Nullable String accessToken,
            @Nullable String refreshToken,
            @Nullable String tokenType,
            @Nullable Long expiresIn,
            SignInResult.@Nullable ChallengeKind twoFactor,
            @Nullable String challenge) {
        static LoginResponse of(SignInResult result) {
            return switch (result) {
                case SignInResult.Completed done -> {
                    TokenPair t = done.tokens();
                    yield new LoginResponse(
                            t.accessToken(), t.refreshToken(), t.tokenType(), t.expiresIn(), null, null);
                }
                case SignInResult.ChallengeIssued c ->
                    new LoginResponse(null, null, null, c.expiresIn(), c.kind(), c.challenge());
            };
        }
    }

    record ChallengeAnswer(@NotBlank @Size(max = 200) String challenge, @NotBlank @Size(max = 32) String code) {}

    record ChallengeRef(@NotBlank @Size(max = 200) String challenge) {}

    record EnrolmentDone(
            String accessToken, String refreshToken, String tokenType, long expiresIn, List<String> recoveryCodes) {}

    record TokenRef(@NotBlank @Size(max = 200) String token) {}

    record ResetRequest(@NotBlank @Size(max = 254) String email) {}

    record ResetCompletion(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 128) String password) {}

    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {
        static TokenResponse of(TokenPair tokens) {
            return new TokenResponse(
                    tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn());
        }
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an organization and its first user (role admin)",
            description = "Answers 201 with the organization, its admin and the admin's tokens: send access_token as"
                    + " `Authorization: Bearer …`. The admin is asked by e-mail to verify the address.")
    SignUpResponse signUp(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = JSON, examples = @ExampleObject(SIGN_UP_EXAMPLE)))
                    @Valid
                    @RequestBody
                    SignUpRequest body,
            HttpServletRequest request) {
        SignedUp result = accounts.signUp(
                new SignUp(body.organizationName(), body.name(), body.email(), body.password(), body.timezone(), true),
                client(request));
        TokenPair tokens = result.tokens();
        return new SignUpResponse(
                result.organization(),
                UserView.of(result.user()),
                tokens.accessToken(),
                tokens.refreshToken(),
                tokens.tokenType(),
                tokens.expiresIn());
    }

    @PostMapping("/login")
    @Operation(
            summary = "Sign in with e-mail and password",
            description = "Answers access_token (send it as `Authorization: Bearer …`), refresh_token, token_type and"
                    + " expires_in. A user with 2FA gets two_factor and a challenge instead, to answer at"
                    + " POST /api/v1/auth/2fa/verify. The example signs in to the demo organization.")
    LoginResponse login(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = JSON, examples = @ExampleObject(SIGN_IN_EXAMPLE)))
                    @Valid
                    @RequestBody
                    LoginRequest body,
            HttpServletRequest request) {
        return LoginResponse.of(accounts.signIn(body.email(), body.password(), client(request)));
    }

    @PostMapping("/2fa/verify")
    @Operation(summary = "Complete a sign-in with a TOTP code or a recovery code")
    TokenResponse verifyTwoFactor(@Valid @RequestBody ChallengeAnswer body, HttpServletRequest request) {
        return TokenResponse.of(challenges.verify(body.challenge(), body.code(), client(request)));
    }

    @PostMapping("/2fa/enrol")
    @Operation(
            summary = "Start the 2FA enrolment the organization requires",
            description = "For a challenge of kind enrolment_required: returns the secret, otpauth URI and QR code.")
    Enrolment beginEnrolment(@Valid @RequestBody ChallengeRef body) {
        return challenges.beginEnrolment(body.challenge());
    }

    @PostMapping("/2fa/enrol/confirm")
    @Operation(summary = "Confirm the enrolment with a first code: returns tokens and ten recovery codes (shown once)")
    EnrolmentDone confirmEnrolment(@Valid @RequestBody ChallengeAnswer body, HttpServletRequest request) {
        var done = challenges.confirmEnrolment(body.challenge(), body.code(), client(request));
        TokenPair t = done.tokens();
        return new EnrolmentDone(t.accessToken(), t.refreshToken(), t.tokenType(), t.expiresIn(), done.recoveryCodes());
    }

    @PostMapping("/verify-email")
    @Operation(summary = "Verify an e-mail address with the token from the mailed link")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyEmail(@Valid @RequestBody TokenRef body) {
        emailVerification.verify(body.token());
    }

    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Mail a password reset link",
            description = "Always 202, whether or not the address has an account. The link expires in an hour.")
    void requestReset(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
        passwordReset.request(body.email(), client(request));
    }

    @PostMapping("/password-reset/complete")
    @Operation(summary = "Set a new password with the reset token; every session of the user ends")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void completeReset(@Valid @RequestBody ResetCompletion body) {
        passwordReset.complete(body.token(), body.password());
    }

    @PostMapping("/refresh")
    @Operation(
            summary = "Trade a refresh token for a new pair",
            description =
                    "The old refresh token stops working. Presenting an already-used refresh token revokes its whole session.")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        return TokenResponse.of(accounts.refresh(body.refreshToken(), client(request)));
    }

    @PostMapping("/logout")
    @Operation(summary = "End the current session (its refresh tokens and access tokens stop working)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal AuthenticatedUser user) {
        accounts.signOut(user);
    }

    @PostMapping("/invitations/accept")
    @Operation(summary = "Accept an invitation: set a password and sign in")
    TokenResponse acceptInvitation(@Valid @RequestBody AcceptInvitationRequest body) {
        return TokenResponse.of(accounts.acceptInvitation(body.token(), body.password(), body.name()));
    }

    static ClientInfo client(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
