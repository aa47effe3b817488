package io.switchboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches requests that some controller handles. Those require authentication; everything else is
 * let through so that an unknown route answers 404 and a wrong method 405, signed in or not. A
 * route that exists for the method but not for the body's content type (or the answer's) is known:
 * a stranger learns nothing about it, so it answers 401 before any content negotiation.
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
        } catch (HttpRequestMethodNotSupportedException e) {
            return false; // the path exists but not for this method: MVC answers 405
        } catch (Exception e) {
            return true; // e.g. a content type the route does not consume: authentication comes first
        }
    }
}
