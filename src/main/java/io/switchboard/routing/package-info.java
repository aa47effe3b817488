/**
 * Routing: the human half of the floor. Agents' availability (a state machine kept alive by the
 * console's heartbeat), skills and capacity per channel, queues with a strategy, work waiting in
 * them, and reservations that offer one work to one agent. The pipeline:
 *
 * <ol>
 *   <li>{@code WorkRouting} queues a work; {@code RoutingListeners} hears {@link
 *       io.switchboard.routing.WorkQueued} after the commit and calls the dispatcher;
 *   <li>{@code Dispatcher} claims waiting work with {@code SKIP LOCKED}, asks {@link
 *       io.switchboard.routing.AssignmentPolicy} for an agent, locks that agent's row, counts their
 *       load again and reserves; every choice is a decision with its reason;
 *   <li>{@code ReservationFlow} takes the answer (accept, reject) or the expiry job's timeout; any
 *       path that frees capacity calls the dispatcher before it commits;
 *   <li>{@code PresenceFlow} moves the agent (busy on a call, wrap-up after it, offline when the
 *       console falls silent) and offers the backlog when the agent becomes available.
 * </ol>
 */
@ApplicationModule(
        displayName = "Routing",
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "db",
            "jobs",
            "leads",
            "notifications",
            "telephony",
            "compliance"
        })
@NullMarked
package io.switchboard.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
