package io.switchboard.tenancy.web;

import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.TimeZones;
import io.switchboard.tenancy.OrganizationChanges;
import io.switchboard.tenancy.OrganizationManagement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@ConsolePage
class OrganizationPages {

    private final OrganizationManagement organizations;

    OrganizationPages(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/organization")
    @PreAuthorize("hasAuthority('organization:write')")
    String settings(Model model) {
        var organization = organizations.current();
        model.addAttribute("organization", organization);
        model.addAttribute("zones", TimeZones.choices(java.time.Instant.now(), organization.timezone()));
        model.addAttribute("regions", Countries.ALL);
        return "tenancy/organization";
    }

    @PostMapping("/organization")
    @PreAuthorize("hasAuthority('organization:write')")
    String save(
            @RequestParam String name,
            @RequestParam(name = "billing_email", required = false) @Nullable String billingEmail,
            @RequestParam(name = "default_region") String region,
            @RequestParam String timezone,
            Model model) {
        organizations.update(
                new OrganizationChanges(
                        Optional.of(name),
                        Optional.ofNullable(
                                billingEmail == null || billingEmail.isBlank() ? null : billingEmail.trim()),
                        Optional.of(region),
                        Optional.of(timezone),
                        null,
                        null),
                false);
        model.addAttribute("kind", "success");
        model.addAttribute("message", "Organization settings saved.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }
}
