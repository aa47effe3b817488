package io.switchboard.identity;

import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone the console shows times in: the viewer's own (profile), or while they have not
 * chosen one the organization's; UTC for nobody signed in. Looked up once per request. The console's time formatter writes
 * times in it; pages that speak of "today" (the agent desk) count the day in it.
 */
@Component
public class ViewerZone {

    private static final String ATTRIBUTE = ViewerZone.class.getName();

    private final UserManagement users;
    private final OrganizationManagement organizations;

    ViewerZone(UserManagement users, OrganizationManagement organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    public ZoneId current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId known) {
            return known;
        }
        ZoneId zone = lookUp();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }

    private ZoneId lookUp() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AuthenticatedUser me)) {
            return ZoneOffset.UTC;
        }
        ZoneId own = parse(users.self(me).timezone());
        if (own != null) {
            return own;
        }
        ZoneId organization = TenantContext.current().isPresent()
                ? parse(organizations.current().timezone())
                : null;
        return organization != null ? organization : ZoneOffset.UTC;
    }

    private static @Nullable ZoneId parse(@Nullable String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
