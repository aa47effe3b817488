package io.switchboard.identity.internal;

import io.switchboard.shared.ApiAccess;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/** The API filter chains' access rules, read by the API document: the same lists, one source. */
@Component
class ApiAccessRules implements ApiAccess {

    private static final Set<String> ANONYMOUS_POSTS = Set.of(SecurityConfiguration.PUBLIC_API);
    private final AntPathMatcher paths = new AntPathMatcher();

    @Override
    public Access of(String method, String pathTemplate) {
        if (paths.match(SecurityConfiguration.WEBHOOKS, pathTemplate)) {
            return Access.PROVIDER_SIGNATURE;
        }
        if (paths.match(SecurityConfiguration.INTAKE, pathTemplate)) {
            return Access.OWN_SCHEME;
        }
        if ("POST".equalsIgnoreCase(method) && ANONYMOUS_POSTS.contains(pathTemplate)) {
            return Access.ANONYMOUS;
        }
        return Access.CREDENTIALS;
    }
}
