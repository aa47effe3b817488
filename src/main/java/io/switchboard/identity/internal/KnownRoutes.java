package io.switchboard.identity.internal;

import io.switchboard.shared.PathShapes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>The answer is worked out once per method and path shape ({@link PathShapes}), not per request:
 * matching a request against every handler mapping was a seventh of a point read's CPU. The reads of
 * every lead share one entry; whether a
 * route exists depends on nothing else (a handler's content-type, parameter or header conditions make
 * the mapping throw, which counts as known whatever the request carries). Shapes are few (one per
 * route and method, plus unknown paths); past {@link #MAX_SHAPES} of them, say from a scan of made-up
 * paths, new shapes are matched without being remembered.
 */
@Component
class KnownRoutes implements RequestMatcher {

    static final int MAX_SHAPES = 10_000;

    private final RequestMappingHandlerMapping mappings;
    private final Map<String, Boolean> shapes = new ConcurrentHashMap<>();

    KnownRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String shape = request.getMethod() + " " + PathShapes.shape(request.getRequestURI());
        Boolean known = shapes.get(shape);
        if (known == null) {
            known = lookUp(request);
            if (shapes.size() < MAX_SHAPES) {
                shapes.put(shape, known);
            }
        }
        return known;
    }

    int remembered() {
        return shapes.size();
    }

    private boolean lookUp(HttpServletRequest request) {
        try {
            return mappings.getHandler(request) != null;
        } catch (HttpRequestMethodNotSupportedException e) {
            return false; // the path exists but not for this method: MVC answers 405
        } catch (Exception e) {
            return true; // e.g. a content type the route does not consume: authentication comes first
        }
    }
}
