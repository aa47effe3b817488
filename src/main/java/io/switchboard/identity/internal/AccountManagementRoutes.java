package io.switchboard.identity.internal;

import io.switchboard.identity.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Account management: every endpoint of the identity module (users, roles, invitations, sessions,
 * API keys, 2FA, single sign-on, the organization's security settings and IP allowlist) except
 * those marked {@link OpenToApiKeys}. A leaked API key must not be able to make itself a permanent
 * admin, whatever scopes it holds, so these need a signed-in person; the rule follows the code that
 * serves a request rather than a list of paths, so endpoints added later are covered too.
 */
@Component
class AccountManagementRoutes implements RequestMatcher {

    private static final String IDENTITY = "io.switchboard.identity.";

    private final RequestMappingHandlerMapping mappings;

    AccountManagementRoutes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Whether this caller may not make this request: an API key on an account-management endpoint. */
    boolean refuses(AuthenticatedUser caller, HttpServletRequest request) {
        return caller.viaApiKey() && matches(request);
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HandlerExecutionChain chain;
        try {
            chain = mappings.getHandler(request);
        } catch (Exception e) {
            return false; // no handler for this method or content type: MVC refuses it, nothing runs
        }
        return chain != null
                && chain.getHandler() instanceof HandlerMethod method
                && method.getBeanType().getName().startsWith(IDENTITY)
                && !method.hasMethodAnnotation(OpenToApiKeys.class);
    }
}
