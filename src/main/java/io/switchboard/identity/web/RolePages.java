package io.switchboard.identity.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.CustomRoles;
import io.switchboard.identity.Permission;
import io.switchboard.identity.Role;
import io.switchboard.identity.RoleReach;
import io.switchboard.identity.UserManagement;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Reach;
import io.switchboard.shared.UserId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The permissions matrix (built-in and custom roles), creating custom roles and handing them out. */
@Controller
@ConsolePage
class RolePages {

    private final CustomRoles roles;
    private final UserManagement users;

    RolePages(CustomRoles roles, UserManagement users) {
        this.roles = roles;
        this.users = users;
    }

    /** One column of the matrix. */
    record Column(String name, boolean custom, @Nullable UUID id, Set<Permission> permissions, RoleReach reach) {}

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('users:read')")
    String matrix(Model model) {
        return render(model, "identity/roles");
    }

    @PostMapping("/roles")
    @PreAuthorize("hasAuthority('users:write')")
    String create(
            @AuthenticationPrincipal AuthenticatedUser me,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable List<String> permissions,
            @RequestParam(name = "lead_reach", defaultValue = "all") Reach leads,
            @RequestParam(name = "call_reach", defaultValue = "all") Reach calls,
            @RequestParam(name = "task_reach", defaultValue = "all") Reach tasks,
            Model model) {
        Set<Permission> chosen = EnumSet.noneOf(Permission.class);
        if (permissions != null) {
            permissions.forEach(code -> Permission.fromCode(code).ifPresent(chosen::add));
        }
        roles.create(name, description, chosen, new RoleReach(leads, calls, tasks), me);
        return render(model, "identity/roles :: matrix");
    }

    /** One cell of the reach rows: a custom role's reach for one record type. */
    @PostMapping("/roles/{id}/reach")
    @PreAuthorize("hasAuthority('users:write')")
    String reach(
            @AuthenticationPrincipal AuthenticatedUser me,
            @PathVariable UUID id,
            @RequestParam(name = "lead_reach", required = false) @Nullable Reach leads,
            @RequestParam(name = "call_reach", required = false) @Nullable Reach calls,
            @RequestParam(name = "task_reach", required = false) @Nullable Reach tasks,
            Model model) {
        roles.update(id, null, null, null, roles.get(id).reach().with(leads, calls, tasks), me);
        return render(model, "identity/roles :: matrix");
    }

    @PostMapping("/roles/{id}/delete")
    @PreAuthorize("hasAuthority('users:write')")
    String delete(@AuthenticationPrincipal AuthenticatedUser me, @PathVariable UUID id, Model model) {
        roles.delete(id, me);
        return render(model, "identity/roles :: matrix");
    }

    @PostMapping("/roles/assign")
    @PreAuthorize("hasAuthority('users:write')")
    String assign(
            @AuthenticationPrincipal AuthenticatedUser me,
            @RequestParam("user_id") UUID user,
            @RequestParam(name = "role_id", required = false) @Nullable UUID role,
            Model model) {
        var updated = roles.assign(UserId.of(user), role, me);
        model.addAttribute("kind", "success");
        model.addAttribute(
                "message",
                updated.name() + (role == null ? " is back on the built-in role." : " now holds the custom role."));
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    private String render(Model model, String view) {
        var custom = roles.list();
        List<Column> columns = new java.util.ArrayList<>();
        Arrays.stream(Role.values())
                .forEach(r -> columns.add(new Column(r.toString(), false, null, r.permissions(), r.reach())));
        custom.forEach(r -> columns.add(new Column(r.name(), true, r.id(), r.permissions(), r.reach())));
        model.addAttribute("reaches", Reach.values());
        model.addAttribute("columns", columns);
        model.addAttribute("permissions", Permission.values());
        model.addAttribute("customRoles", custom);
        model.addAttribute(
                "assignable",
                users.all().stream()
                        .filter(u -> u.role() != Role.ADMIN && u.role() != Role.SUPER_ADMIN)
                        .toList());
        return view;
    }
}
