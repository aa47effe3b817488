package io.switchboard.tenancy;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.internal.Organizations;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganizationManagement {

    private final Organizations organizations;
    private final ApplicationEventPublisher events;

    OrganizationManagement(Organizations organizations, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.events = events;
    }

    /**
     * Creates a new organization; the caller's tenant context must already name it (row-level
     * security only lets a session write its own organization).
     */
    @Transactional
    public Organization register(OrganizationId id, String name) {
        return register(id, name, null);
    }

    /** A new organization in the given IANA time zone (UTC when none), validated before anything is stored. */
    public Organization register(OrganizationId id, String name, @Nullable String timezone) {
        if (!TenantContext.current().map(id::equals).orElse(false)) {
            throw new IllegalStateException("register an organization from within its own tenant context");
        }
        String trimmed = name.trim();
        var record = organizations.insert(id, trimmed, timezone == null ? "UTC" : zone(timezone));
        events.publishEvent(new OrganizationCreated(id.value(), trimmed));
        return organizations.toOrganization(record);
    }

    @Transactional(readOnly = true)
    public Organization current() {
        return organizations
                .current()
                .map(organizations::toOrganization)
                .orElseThrow(() -> new NotFound("organization", TenantContext.require()));
    }

    @Transactional
    public Organization update(OrganizationChanges changes, boolean mayChangeTier) {
        var record = organizations.current().orElseThrow(() -> new NotFound("organization", TenantContext.require()));
        Patches.require(changes.name(), "name", name -> record.setName(name.trim()));
        Patches.apply(changes.billingEmail(), record::setBillingEmail);
        Patches.require(changes.defaultRegion(), "default_region", region -> record.setDefaultRegion(region(region)));
        Patches.require(changes.timezone(), "timezone", zone -> record.setTimezone(zone(zone)));
        Patches.require(
                changes.settings(), "settings", settings -> record.setSettings(organizations.writeSettings(settings)));
        if (changes.subscriptionTier() != null) {
            if (!mayChangeTier) {
                throw new io.switchboard.shared.Forbidden(
                        "tier_change_forbidden", "only a platform super admin changes the subscription tier");
            }
            Patches.require(
                    changes.subscriptionTier(),
                    "subscription_tier",
                    tier -> record.setSubscriptionTier(tier.toString()));
        }
        record.store();
        record.refresh();
        return organizations.toOrganization(record);
    }

    /** Every organization on the platform: for platform super admins only (checked by callers). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> all() {
        return organizations.all();
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> find(OrganizationId id) {
        return organizations.all().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    static String zone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new InvalidInput("timezone", "invalid_timezone", "is not an IANA time zone such as Europe/London");
        }
    }

    private static String region(String region) {
        String upper = region.trim().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(upper)) {
            throw new InvalidInput("default_region", "invalid_region", "is not an ISO 3166 country code such as US");
        }
        return upper;
    }
}
