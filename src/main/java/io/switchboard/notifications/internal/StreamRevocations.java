package io.switchboard.notifications.internal;

import io.switchboard.identity.ApiKeyRevoked;
import io.switchboard.identity.CustomRoleAssigned;
import io.switchboard.identity.CustomRolePermissionsChanged;
import io.switchboard.identity.IpAllowlistChanged;
import io.switchboard.identity.SessionId;
import io.switchboard.identity.SessionsEnded;
import io.switchboard.identity.UserDeactivated;
import io.switchboard.identity.UserRoleChanged;
import io.switchboard.shared.TenantEvent;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Turns identity's news of ended or narrowed access into access orders for every node, the one
 * that heard it included: live connections are held all over the cluster, the event reaches one
 * node. Sending an order twice (an event delivered again) closes nothing more.
 */
@Component
class StreamRevocations {

    private final RealtimeBus bus;
    private final Clock clock;

    StreamRevocations(RealtimeBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SessionsEnded event) {
        List<UUID> sessions = event.sessionIds().stream().map(SessionId::value).toList();
        for (int from = 0; from < sessions.size(); from += AccessOrder.MAX_CREDENTIALS) {
            List<UUID> some = sessions.subList(from, Math.min(sessions.size(), from + AccessOrder.MAX_CREDENTIALS));
            send(event, new AccessOrder.CloseCredentials(List.copyOf(some), "session_ended"));
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UserDeactivated event) {
        send(event, new AccessOrder.CloseUser(event.userId().value(), "user_deactivated"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApiKeyRevoked event) {
        send(event, new AccessOrder.CloseCredentials(List.of(event.keyId().value()), "api_key_revoked"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UserRoleChanged event) {
        send(event, new AccessOrder.Recheck(event.userId().value()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomRoleAssigned event) {
        send(event, new AccessOrder.Recheck(event.userId().value()));
    }

    /** Who holds the role is the database's to say: each node checks the organization's connections. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomRolePermissionsChanged event) {
        send(event, new AccessOrder.Recheck(null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IpAllowlistChanged event) {
        send(event, new AccessOrder.Recheck(null));
    }

    private void send(TenantEvent event, AccessOrder order) {
        bus.send(order.message(event.organizationId(), clock.instant()));
    }
}
