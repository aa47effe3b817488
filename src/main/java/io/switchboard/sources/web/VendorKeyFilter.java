package io.switchboard.sources.web;

import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.TenantContext;
import io.switchboard.sources.VendorManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the intake API with a vendor's key ({@code Authorization: Bearer vk_…} or
 * {@code X-Api-Key: vk_…}) and binds the vendor's organization to the request.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class VendorKeyFilter extends OncePerRequestFilter {

    static final String INTAKE = "/api/v1/intake/";

    private final VendorManagement vendors;
    private final ProblemResponses problems;

    VendorKeyFilter(VendorManagement vendors, ProblemResponses problems) {
        this.vendors = vendors;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(INTAKE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<VendorManagement.Authenticated> vendor = key(request).flatMap(vendors::authenticate);
        if (vendor.isEmpty()) {
            problems.write(
                    request,
                    response,
                    ProblemResponses.of(
                            HttpStatus.UNAUTHORIZED,
                            "invalid_vendor_key",
                            "Unauthorized",
                            "send an active vendor key as 'Authorization: Bearer vk_…' or 'X-Api-Key'"));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new VendorAuthentication(vendor.get()));
        try (TenantContext.Scope ignored = TenantContext.open(vendor.get().organizationId())) {
            chain.doFilter(request, response);
        }
    }

    private static Optional<String> key(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.ofNullable(request.getHeader("X-Api-Key")).map(String::trim);
    }

    /** A request made with a vendor key: it may post leads, nothing else. */
    static final class VendorAuthentication extends AbstractAuthenticationToken {

        private final VendorManagement.Authenticated vendor;

        VendorAuthentication(VendorManagement.Authenticated vendor) {
            super(List.of(new SimpleGrantedAuthority("intake:write")));
            this.vendor = vendor;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public VendorManagement.Authenticated getPrincipal() {
            return vendor;
        }

        @Override
        public String getName() {
            return "vendor:" + vendor.vendorId();
        }
    }
}
