package io.switchboard.sources;

import io.switchboard.tenancy.OrganizationManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Days of the organization's calendar: a price takes effect on a day where the organization is. */
@Component
class VendorCalendar {

    private final OrganizationManagement organizations;
    private final Clock clock;

    VendorCalendar(OrganizationManagement organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(organizations.current().timezone())));
    }
}
