package io.switchboard.identity.web;

import io.switchboard.identity.internal.AuthCookies;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.tenancy.OrganizationManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform super admin's organization switcher in the console's top bar. */
@Controller
@ConsolePage
class OrganizationSwitch {

    private final OrganizationManagement organizations;

    OrganizationSwitch(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    @PostMapping("/console/organization")
    @PreAuthorize("hasAuthority('platform:admin')")
    String switchTo(
            @RequestParam("organization_id") UUID organization,
            HttpServletRequest request,
            HttpServletResponse response) {
        organizations
                .find(OrganizationId.of(organization))
                .orElseThrow(() -> new NotFound("organization", organization));
        AuthCookies.set(request, response, AuthCookies.ORGANIZATION, organization.toString(), Duration.ofDays(1));
        return "redirect:/";
    }
}
