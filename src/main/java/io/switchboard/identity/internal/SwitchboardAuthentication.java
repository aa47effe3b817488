package io.switchboard.identity.internal;

import io.switchboard.identity.AuthenticatedUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated as a user; its authorities are the user's permission codes. */
final class SwitchboardAuthentication extends AbstractAuthenticationToken {

    private final AuthenticatedUser user;

    SwitchboardAuthentication(AuthenticatedUser user) {
        super(user.permissions().stream()
                .map(p -> new SimpleGrantedAuthority(p.code()))
                .toList());
        this.user = user;
        setAuthenticated(true);
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
