package io.switchboard.routing.internal;

import io.switchboard.notifications.RealtimeHub;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.WorkId;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Live updates (after commit): the wallboard listens on {@code routing}, an agent's desk on its own
 * {@code user:<id>} topic.
 */
@Component
public class RoutingFeed {

    public static final String WALLBOARD = "routing";

    private final RealtimeHub hub;

    RoutingFeed(RealtimeHub hub) {
        this.hub = hub;
    }

    public void agentChanged(UUID organization, UserId agent, AgentStatus status, Instant since) {
        hub.publish(
                organization,
                WALLBOARD,
                "routing.agent",
                Map.of("user_id", agent.value(), "status", status.toString(), "since", since.toString()));
    }

    public void queueChanged(UUID organization, UUID queue) {
        hub.publish(organization, WALLBOARD, "routing.queue", Map.of("queue_id", queue));
    }

    public void offered(UUID organization, UserId agent, ReservationId reservation, WorkId work, Instant expires) {
        hub.publish(
                organization,
                "user:" + agent,
                "routing.offer",
                Map.of(
                        "reservation_id",
                        reservation.value(),
                        "work_id",
                        work.value(),
                        "expires_at",
                        expires.toString()));
    }

    /** The agent's desk changed otherwise: an offer ended, a work finished. */
    public void deskChanged(UUID organization, UserId agent) {
        hub.publish(organization, "user:" + agent, "routing.desk", Map.of("user_id", agent.value()));
    }
}
