package io.switchboard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.CustomRole;
import io.switchboard.identity.CustomRoles;
import io.switchboard.identity.Permission;
import io.switchboard.identity.Role;
import io.switchboard.identity.RoleReach;
import io.switchboard.identity.internal.OpenToApiKeys;
import io.switchboard.shared.Reach;
import io.switchboard.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roles", description = "Built-in and custom roles, composed from the permission list")
class RoleController {

    private final CustomRoles roles;

    RoleController(CustomRoles roles) {
        this.roles = roles;
    }

    record RoleDraft(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 1000) String description,
            @NotNull @Size(max = 100) Set<Permission> permissions,
            @Nullable ReachChanges reach) {}

    record RoleChanges(
            @Nullable @Size(min = 1, max = 100) String name,
            @Nullable @Size(max = 1000) String description,
            @Nullable @Size(max = 100) Set<Permission> permissions,
            @Nullable ReachChanges reach) {}

    /** A role's reach per record type ({@code own}, {@code team}, {@code all}); an absent part stays as it is. */
    record ReachChanges(@Nullable Reach leads, @Nullable Reach calls, @Nullable Reach tasks) {

        RoleReach applyTo(RoleReach current) {
            return current.with(leads, calls, tasks);
        }
    }

    record BuiltInRole(Role name, Set<Permission> permissions, RoleReach reach) {}

    record Catalog(List<Permission> permissions, List<BuiltInRole> builtIn, List<CustomRole> custom) {}

    record Assignment(@Nullable UUID customRoleId) {}

    @OpenToApiKeys
    @GetMapping("/api/v1/roles")
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "Every permission, the built-in roles and the organization's custom roles")
    Catalog list() {
        return new Catalog(
                Arrays.asList(Permission.values()),
                Arrays.stream(Role.values())
                        .map(r -> new BuiltInRole(r, EnumSet.copyOf(r.permissions()), r.reach()))
                        .toList(),
                roles.list());
    }

    @PostMapping("/api/v1/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "Create a custom role from permissions you hold")
    CustomRole create(@AuthenticationPrincipal AuthenticatedUser me, @Valid @RequestBody RoleDraft body) {
        RoleReach reach = body.reach() == null ? RoleReach.ALL : body.reach().applyTo(RoleReach.ALL);
        return roles.create(body.name(), body.description(), body.permissions(), reach, me);
    }

    @OpenToApiKeys
    @GetMapping("/api/v1/roles/{id}")
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "A custom role")
    CustomRole get(@PathVariable UUID id) {
        return roles.get(id);
    }

    @PatchMapping("/api/v1/roles/{id}")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "Rename a custom role or change its permissions (holders get them at once)")
    CustomRole update(
            @AuthenticationPrincipal AuthenticatedUser me,
            @PathVariable UUID id,
            @Valid @RequestBody RoleChanges body) {
        RoleReach reach =
                body.reach() == null ? null : body.reach().applyTo(roles.get(id).reach());
        return roles.update(id, body.name(), body.description(), body.permissions(), reach, me);
    }

    @DeleteMapping("/api/v1/roles/{id}")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "Delete a custom role nobody holds")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id) {
        roles.delete(id, me);
    }

    @PutMapping("/api/v1/users/{id}/custom-role")
    @PreAuthorize("hasAuthority('users:write')")
    @Operation(summary = "Give a user a custom role, or with null return them to their built-in role")
    UserView assign(
            @AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, @RequestBody Assignment body) {
        return UserView.of(roles.assign(UserId.of(id), body.customRoleId(), me));
    }
}
