package io.switchboard.console.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.OrganizationSummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's shell shows: who is signed in, where, and what they may open. */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleModel {

    private final List<NavigationEntry> entries;
    private final OrganizationManagement organizations;

    ConsoleModel(List<NavigationEntry> entries, OrganizationManagement organizations) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
        this.organizations = organizations;
    }

    @ModelAttribute("me")
    @Nullable
    AuthenticatedUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user ? user : null;
    }

    /** The caller's permission codes, for templates: {@code can.contains('users:write')}. */
    @ModelAttribute("can")
    java.util.Set<String> can() {
        AuthenticatedUser me = me();
        return me == null
                ? java.util.Set.of()
                : me.permissions().stream().map(p -> p.code()).collect(java.util.stream.Collectors.toSet());
    }

    @ModelAttribute("navigation")
    Map<String, List<NavigationEntry>> navigation() {
        AuthenticatedUser me = me();
        Map<String, List<NavigationEntry>> sections = new LinkedHashMap<>();
        if (me == null) {
            return sections;
        }
        for (NavigationEntry entry : entries) {
            boolean allowed = entry.permission().isEmpty()
                    || me.permissions().stream().anyMatch(p -> p.code().equals(entry.permission()));
            if (allowed) {
                sections.computeIfAbsent(entry.section(), s -> new java.util.ArrayList<>())
                        .add(entry);
            }
        }
        return sections;
    }

    /**
     * Every page the navigation links to: a page with its own entry (Import leads) lights only that
     * entry, not also the one its path starts with (Leads).
     */
    @ModelAttribute("navigationPaths")
    java.util.Set<String> navigationPaths() {
        return entries.stream().map(NavigationEntry::path).collect(java.util.stream.Collectors.toSet());
    }

    @ModelAttribute("organizationName")
    @Nullable
    String organizationName() {
        if (me() == null || TenantContext.current().isEmpty()) {
            return null;
        }
        return organizations.current().name();
    }

    /** The organization switcher's choices, for platform super admins only. */
    @ModelAttribute("switchableOrganizations")
    List<OrganizationSummary> switchableOrganizations() {
        AuthenticatedUser me = me();
        return me != null && me.isSuperAdmin() ? organizations.all() : List.of();
    }
}
