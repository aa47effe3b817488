package io.switchboard.identity.internal;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated as a user; its authorities are the user's permission codes. */
final class SwitchboardAuthentication extends AbstractAuthenticationToken {

    /**
     * Authorities per set of permissions: the sets are few (one per role and API-key scope choice),
     * and building the list for every request was 2% of a point read.
     */
    private static final Map<Set<Permission>, List<GrantedAuthority>> AUTHORITIES = new ConcurrentHashMap<>();

    private static final int MAX_SETS = 1_000;

    private final AuthenticatedUser user;

    SwitchboardAuthentication(AuthenticatedUser user) {
        super(authorities(user.permissions()));
        this.user = user;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Set<Permission> permissions) {
        List<GrantedAuthority> known = AUTHORITIES.get(permissions);
        if (known != null) {
            return known;
        }
        List<GrantedAuthority> built = permissions.stream()
                .<GrantedAuthority>map(p -> new SimpleGrantedAuthority(p.code()))
                .toList();
        if (AUTHORITIES.size() < MAX_SETS) {
            AUTHORITIES.put(Set.copyOf(permissions), built);
        }
        return built;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AuthenticatedUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.id().toString();
    }
}
