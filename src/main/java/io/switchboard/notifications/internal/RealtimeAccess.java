package io.switchboard.notifications.internal;

import io.switchboard.identity.AccessCache;
import io.switchboard.identity.AccessRecheck;
import io.switchboard.identity.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's live connections within the access behind them. It carries out the access
 * orders that reach it over the bus (from whichever node the access ended on), and it checks each
 * connection again when its credential stops holding, at the latest once per access-token
 * lifetime: a connection no longer allowed is closed, one whose caller lost topics loses them. The
 * check is what catches an order that never arrived (the bus is best effort) and access that ends
 * by time alone (an expired session or key).
 */
@Component
public class RealtimeAccess {

    private static final Logger log = LoggerFactory.getLogger(RealtimeAccess.class);

    private final RealtimeSubscribers subscribers;
    private final AccessRecheck access;
    private final Clock clock;
    private final AccessCache cache;

    RealtimeAccess(RealtimeSubscribers subscribers, AccessRecheck access, Clock clock, AccessCache cache) {
        this.cache = cache;
        this.subscribers = subscribers;
        this.access = access;
        this.clock = clock;
    }

    /** When a new connection of this caller is first checked again. */
    public Instant firstCheck(AuthenticatedUser caller) {
        return access.nextCheck(caller);
    }

    void carryOut(AccessOrder order, UUID organization) {
        // The node's remembered access first: the next request of those callers reads it again.
        switch (order) {
            case AccessOrder.CloseCredentials close -> cache.forgetSessions(close.credentials());
            case AccessOrder.CloseUser close -> cache.forgetUser(close.user());
            case AccessOrder.Recheck recheck -> {
                if (recheck.user() == null) {
                    cache.forgetOrganization(organization);
                } else {
                    cache.forgetUser(recheck.user());
                }
            }
        }
        switch (order) {
            case AccessOrder.CloseCredentials close ->
                subscribers.close(s -> close.credentials().contains(s.credential()), close.reason());
            case AccessOrder.CloseUser close ->
                subscribers.close(s -> s.userId().equals(close.user()), close.reason());
            case AccessOrder.Recheck recheck -> {
                // Checking reads the database: not on the thread that delivers messages.
                List<RealtimeSubscriber> affected = subscribers.matching(s -> recheck.user() == null
                        ? s.user().homeOrganizationId().value().equals(organization)
                        : s.userId().equals(recheck.user()));
                Thread.ofVirtual().name("realtime-recheck").start(() -> recheck(affected));
            }
        }
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
    void recheckDue() {
        Instant now = clock.instant();
        recheck(subscribers.matching(s -> !s.checkAgainAt().isAfter(now)));
    }

    private void recheck(List<RealtimeSubscriber> due) {
        if (due.isEmpty()) {
            return;
        }
        // Each subscriber's caller as sent: another check may replace it meanwhile.
        Map<RealtimeSubscriber, AccessRecheck.Holder> holders = new LinkedHashMap<>();
        due.forEach(subscriber -> holders.put(subscriber, holder(subscriber)));
        Map<AccessRecheck.Holder, AuthenticatedUser> allowed;
        try {
            allowed = access.recheck(holders.values());
        } catch (RuntimeException e) {
            log.warn(
                    "could not check {} live connections again ({}); trying again shortly", due.size(), e.getMessage());
            return;
        }
        holders.forEach((subscriber, holder) -> {
            AuthenticatedUser current = allowed.get(holder);
            if (current == null) {
                subscribers.close(subscriber, "access_revoked");
            } else {
                subscriber.checked(current, access.nextCheck(current));
                subscribers.narrow(subscriber);
            }
        });
    }

    private static AccessRecheck.Holder holder(RealtimeSubscriber subscriber) {
        return new AccessRecheck.Holder(subscriber.user(), subscriber.client());
    }
}
