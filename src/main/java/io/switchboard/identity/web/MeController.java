package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.identity.UserChanges;
import io.switchboard.identity.UserManagement;
import io.switchboard.identity.internal.OpenToApiKeys;
import io.switchboard.shared.OrganizationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in user")
class MeController {

    private final UserManagement users;

    MeController(UserManagement users) {
        this.users = users;
    }

    record MeView(UserView user, OrganizationId actingOrganizationId, Set<Permission> permissions) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record ProfileUpdate(
            @Nullable Optional<@Size(min = 1, max = 200) String> name,
            @Nullable Optional<@Size(max = 64) String> timezone,
            @Nullable Optional<@Size(max = 2000) String> avatarUrl,
            @Nullable Optional<@Size(max = 40) String> phone,
            @Nullable Optional<Map<String, Object>> preferences) {}

    record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {}

    @OpenToApiKeys
    @GetMapping
    @Operation(summary = "The signed-in user, their permissions and the organization the request acts in")
    MeView me(@AuthenticationPrincipal AuthenticatedUser me) {
        return new MeView(UserView.of(users.self(me)), me.organizationId(), me.permissions());
    }

    @PatchMapping
    @Operation(summary = "Update your own profile (name, timezone, avatar, phone, preferences)")
    UserView update(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody ProfileUpdate body) {
        return UserView.of(users.updateProfile(
                me,
                UserChanges.profile(body.name(), body.timezone(), body.avatarUrl(), body.phone(), body.preferences())));
    }

    @PostMapping("/password")
    @Operation(summary = "Change your password; your other sessions end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody PasswordChange body) {
        users.changePassword(me, body.currentPassword(), body.newPassword());
    }
}
