package io.switchboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches requests that some controller handles. Those require authentication; everything else is
 * let through so that an unknown route answers 404 and a wrong method 405, signed in or not.
 */
@Component
class KnownRoutes implements RequestMatcher {

    private final RequestMappingHandlerMapping mappings;

    KnownRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return mappings.getHandler(request) != null;
        } catch (Exception e) {
            return false; // e.g. the path exists but not for this method: MVC answers 405
        }
    }
}
