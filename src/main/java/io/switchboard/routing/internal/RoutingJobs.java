package io.switchboard.routing.internal;

import io.switchboard.jobs.Job;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.WorkId;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.UserId;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routing's background work, each per organization and each due at one moment (nothing polls): an
 * offer's expiry, an agent's presence check 30 s after their console last spoke, the end of a
 * wrap-up, a work's overflow, the bridge of an accepted call to the agent's phone, and a dispatch after contention or at a queue's opening. The handlers come late (ObjectProvider): they schedule
 * jobs themselves, and the job engine is built from every job bean.
 */
@Configuration(proxyBeanMethods = false)
public class RoutingJobs {

    private static final RetryPolicy RETRY = RetryPolicy.doubling(Duration.ofSeconds(1), Duration.ofMinutes(1));

    public record Expiry(ReservationId reservation) {}

    public record Presence(UserId agent) {}

    public record WrapUp(UserId agent) {}

    public record Backlog() {}

    public record Overflow(WorkId work, QueueId queue) {}

    public record Bridge(WorkId work) {}

    /** 2 s, 4 s, … up to a minute between attempts to reach the provider; given up after eight. */
    private static final RetryPolicy BRIDGE_RETRY =
            RetryPolicy.doubling(Duration.ofSeconds(2), Duration.ofMinutes(1)).giveUpAfter(8);

    /** Calls the provider, so outside a transaction ({@link CallBridge} opens its short ones). */
    @Bean
    Job<Bridge> routingBridgeCall(ObjectProvider<CallBridge> bridge) {
        return Job.once("routing.bridge-call", Bridge.class, BRIDGE_RETRY, b -> bridge.getObject()
                        .bridge(b.work()))
                .onGiveUp((b, failure) -> bridge.getObject().gaveUp(b.work()))
                .withoutTransaction();
    }

    @Bean
    Job<Expiry> routingReservationTimeout(ObjectProvider<ReservationFlow> flow) {
        return Job.once("routing.reservation-timeout", Expiry.class, RETRY, expiry -> flow.getObject()
                .expire(expiry.reservation()));
    }

    @Bean
    Job<Presence> routingPresenceExpiry(ObjectProvider<PresenceFlow> presence) {
        return Job.once("routing.presence-expiry", Presence.class, RETRY, check -> presence.getObject()
                .offlineIfSilent(check.agent()));
    }

    @Bean
    Job<WrapUp> routingWrapUpEnd(ObjectProvider<PresenceFlow> presence) {
        return Job.once("routing.wrap-up-end", WrapUp.class, RETRY, end -> presence.getObject()
                .endWrapUp(end.agent()));
    }

    @Bean
    Job<Overflow> routingOverflow(ObjectProvider<Overflows> overflows) {
        return Job.once("routing.overflow", Overflow.class, RETRY, due -> overflows
                .getObject()
                .due(due.work(), due.queue()));
    }

    @Bean
    Job<Backlog> routingDispatch(ObjectProvider<Dispatcher> dispatcher) {
        return Job.once("routing.dispatch", Backlog.class, RETRY, backlog -> dispatcher
                .getObject()
                .offerBacklog());
    }
}
