package io.switchboard.identity;

import io.switchboard.shared.RecordReach;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who stands behind a session's access tokens, remembered for a few seconds on each node, so that
 * a request with a valid token is not first a database transaction (the session, the user, their
 * permissions and the organization's address allowlist: four statements, a sixth of a point read's
 * time), and how far they reach among records. The token's own signature and expiry are checked on every request all the same.
 *
 * <p>How stale it can be: a session that ends, a user deactivated, a role or custom role changed
 * or an allowlist changed is forgotten on the node that made the change when its transaction
 * commits, and on every other node when identity's event of it arrives there over the realtime bus
 * (PostgreSQL NOTIFY, milliseconds). Anything else that changes a caller (their name, a team and so their reach) and a
 * lost notification are bounded by {@link #TTL}: an entry is read from the database again after
 * five seconds at the latest. A load that started before a change is not remembered after it.
 */
@Component
public class AccessCache {

    static final Duration TTL = Duration.ofSeconds(5);

    /** Far more sessions than a node serves in five seconds; past it, everything is read again. */
    static final int MAX_ENTRIES = 50_000;

    /**
     * The access of one session: the caller (whose credential expiry is the token's), the
     * organization's allowlist and how far the caller reaches among records.
     */
    record Access(AuthenticatedUser user, IpAllowlist allowlist, RecordReach reach) {}

    private record Entry(Access access, long expiresAt) {}

    private final Map<UUID, Entry> bySession = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier nanos;

    AccessCache() {
        this(System::nanoTime);
    }

    AccessCache(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** To pass to {@link #put}: a load is remembered only if nothing was forgotten while it ran. */
    long generation() {
        return generation.get();
    }

    @Nullable
    Access get(UUID session) {
        Entry entry = bySession.get(session);
        if (entry == null) {
            return null;
        }
        if (nanos.getAsLong() - entry.expiresAt() >= 0) {
            bySession.remove(session, entry);
            return null;
        }
        return entry.access();
    }

    void put(UUID session, Access access, long loadedAtGeneration) {
        if (bySession.size() >= MAX_ENTRIES) {
            bySession.clear();
        }
        bySession.put(session, new Entry(access, nanos.getAsLong() + TTL.toNanos()));
        if (generation.get() != loadedAtGeneration) {
            bySession.remove(session); // something was forgotten meanwhile: this load may predate it
        }
    }

    public void forgetSessions(Collection<UUID> sessions) {
        generation.incrementAndGet();
        sessions.forEach(bySession::remove);
    }

    public void forgetUser(UUID user) {
        generation.incrementAndGet();
        bySession.values().removeIf(e -> e.access().user().id().value().equals(user));
    }

    public void forgetOrganization(UUID organization) {
        generation.incrementAndGet();
        bySession
                .values()
                .removeIf(e -> e.access().user().homeOrganizationId().value().equals(organization));
    }
}
