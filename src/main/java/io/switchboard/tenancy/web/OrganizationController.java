package io.switchboard.tenancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.tenancy.Organization;
import io.switchboard.tenancy.OrganizationChanges;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.OrganizationSummary;
import io.switchboard.tenancy.SubscriptionTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organization", description = "The current organization's settings; the platform's list for super admins")
class OrganizationController {

    private final OrganizationManagement organizations;

    OrganizationController(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateOrganization(
            @Nullable Optional<@Size(min = 1, max = 200) String> name,
            @Nullable Optional<@Email @Size(max = 254) String> billingEmail,
            @Nullable Optional<@Size(min = 2, max = 2) String> defaultRegion,
            @Nullable Optional<@Size(max = 64) String> timezone,
            @Nullable Optional<Map<String, Object>> settings,
            @Nullable Optional<SubscriptionTier> subscriptionTier) {}

    record OrganizationList(List<OrganizationSummary> data) {}

    @GetMapping("/api/v1/organization")
    @PreAuthorize("hasAuthority('organization:read')")
    @Operation(summary = "The organization the request acts in")
    Organization current() {
        return organizations.current();
    }

    @PatchMapping("/api/v1/organization")
    @PreAuthorize("hasAuthority('organization:write')")
    @Operation(summary = "Update the organization's settings (the tier only by platform super admins)")
    Organization update(@Valid @RequestBody UpdateOrganization body, Authentication authentication) {
        return organizations.update(
                new OrganizationChanges(
                        body.name(),
                        body.billingEmail(),
                        body.defaultRegion(),
                        body.timezone(),
                        body.settings(),
                        body.subscriptionTier()),
                Actors.holds(authentication, "platform:admin"));
    }

    @GetMapping("/api/v1/organizations")
    @PreAuthorize("hasAuthority('platform:admin')")
    @Operation(summary = "Every organization on the platform (platform super admins)")
    OrganizationList all() {
        return new OrganizationList(organizations.all());
    }
}
