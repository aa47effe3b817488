package io.switchboard.identity.internal;

import io.switchboard.identity.AccessCache;
import io.switchboard.identity.CustomRoleAssigned;
import io.switchboard.identity.CustomRolePermissionsChanged;
import io.switchboard.identity.IpAllowlistChanged;
import io.switchboard.identity.SessionId;
import io.switchboard.identity.SessionsEnded;
import io.switchboard.identity.UserDeactivated;
import io.switchboard.identity.UserRoleChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forgets the remembered access a change narrows, on this node, the moment the change commits: the
 * next request of the caller reads it again. Other nodes hear of it over the realtime bus.
 */
@Component
class AccessCacheEvictions {

    private final AccessCache cache;

    AccessCacheEvictions(AccessCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionsEnded event) {
        cache.forgetSessions(event.sessionIds().stream().map(SessionId::value).toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserDeactivated event) {
        cache.forgetUser(event.userId().value());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserRoleChanged event) {
        cache.forgetUser(event.userId().value());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CustomRoleAssigned event) {
        cache.forgetUser(event.userId().value());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CustomRolePermissionsChanged event) {
        cache.forgetOrganization(event.organizationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IpAllowlistChanged event) {
        cache.forgetOrganization(event.organizationId());
    }
}
