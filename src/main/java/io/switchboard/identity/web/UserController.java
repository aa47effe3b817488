package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Invitation;
import io.switchboard.identity.InviteUser;
import io.switchboard.identity.Role;
import io.switchboard.identity.UserChanges;
import io.switchboard.identity.UserManagement;
import io.switchboard.identity.UserStatus;
import io.switchboard.identity.internal.OpenToApiKeys;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "The organization's people: invite, change roles, deactivate")
class UserController {

    private final UserManagement users;

    UserController(UserManagement users) {
        this.users = users;
    }

    record InviteRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String name,
            @NotNull Role role,
            @Nullable @Size(max = 64) String timezone) {}

    record InvitationView(UserView user, String invitationToken, String invitationUrl, Instant invitationExpiresAt) {
        static InvitationView of(Invitation invitation) {
            return new InvitationView(
                    UserView.of(invitation.user()), invitation.token(), invitation.url(), invitation.expiresAt());
        }
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UserUpdate(
            @Nullable Optional<@Size(min = 1, max = 200) String> name,
            @Nullable Optional<Role> role,
            @Nullable Optional<UserStatus> status,
            @Nullable Optional<@Size(max = 64) String> timezone,
            @Nullable Optional<@Size(max = 2000) String> avatarUrl,
            @Nullable Optional<@Size(max = 40) String> phone,
            @Nullable Optional<Map<String, Object>> preferences) {}

    @OpenToApiKeys
    @GetMapping
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(
            summary = "List users",
            description = "Cursor-paginated; filter by role, status and free text (name, e-mail).")
    CursorPage<UserView> list(
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable UserStatus status,
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return users.list(role, status, q, cursor, limit).map(UserView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(
            summary = "Invite a user with a role",
            description =
                    "Creates the user with status 'invited' and returns a single-use invitation link (shown once).")
    InvitationView invite(@AuthenticationPrincipal AuthenticatedUser actor, @Valid @RequestBody InviteRequest body) {
        return InvitationView.of(
                users.invite(new InviteUser(body.email(), body.name(), body.role(), body.timezone()), actor));
    }

    @OpenToApiKeys
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "Get a user")
    UserView get(@PathVariable UUID id) {
        return UserView.of(users.get(UserId.of(id)));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "Update a user: profile, role, or status (active/deactivated)")
    UserView update(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable UUID id,
            @Valid @RequestBody UserUpdate body) {
        return UserView.of(users.update(
                UserId.of(id),
                new UserChanges(
                        body.name(),
                        body.role(),
                        body.status(),
                        body.timezone(),
                        body.avatarUrl(),
                        body.phone(),
                        body.preferences()),
                actor));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(
            summary = "Deactivate a user",
            description = "Users are never deleted: their history stays. Their sessions end.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deactivate(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        users.deactivate(UserId.of(id), actor);
    }

    @PostMapping("/{id}/invitation")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "Issue a fresh invitation link for a user who has not accepted yet")
    InvitationView reinvite(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable UUID id) {
        return InvitationView.of(users.reinvite(UserId.of(id), actor));
    }
}
