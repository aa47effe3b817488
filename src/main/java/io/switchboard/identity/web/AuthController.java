package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.Accounts;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.SignUp;
import io.switchboard.identity.SignedUp;
import io.switchboard.identity.TokenPair;
import io.switchboard.tenancy.Organization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Sign-up, sign-in, token refresh and sign-out")
class AuthController {

    private final Accounts accounts;

    AuthController(Accounts accounts) {
        this.accounts = accounts;
    }

    record SignUpRequest(
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 128) String password) {}

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

    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {
        static TokenResponse of(TokenPair tokens) {
            return new TokenResponse(
                    tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn());
        }
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organization and its first user (role admin)")
    SignUpResponse signUp(@Valid @RequestBody SignUpRequest body, HttpServletRequest request) {
        SignedUp result = accounts.signUp(
                new SignUp(body.organizationName(), body.name(), body.email(), body.password()), client(request));
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
    @Operation(summary = "Sign in with e-mail and password")
    TokenResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return TokenResponse.of(accounts.signIn(body.email(), body.password(), client(request)));
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
    ResponseEntity<Void> logout(@AuthenticationPrincipal AuthenticatedUser user) {
        accounts.signOut(user);
        return ResponseEntity.noContent().build();
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
