package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AccessCacheTest {

    final AtomicLong now = new AtomicLong(1_000);
    final AccessCache cache = new AccessCache(now::get);
    final UUID organization = UUID.randomUUID();

    AccessCache.Access access(UUID user, UUID session) {
        return new AccessCache.Access(
                new AuthenticatedUser(
                        UserId.of(user),
                        OrganizationId.of(organization),
                        OrganizationId.of(organization),
                        "a@example.com",
                        "A",
                        Role.AGENT,
                        Set.of(),
                        session,
                        false,
                        Instant.MAX),
                new IpAllowlist(List.of()),
                new RecordReach(UserId.of(user), Reach.OWN, Reach.OWN, Reach.OWN, Set.of(), Set.of()));
    }

    @Test
    void anEntryLastsFiveSeconds() {
        UUID session = UUID.randomUUID();
        cache.put(session, access(UUID.randomUUID(), session), cache.generation());
        now.addAndGet(AccessCache.TTL.toNanos() - 1);
        assertThat(cache.get(session)).isNotNull();
        now.addAndGet(1);
        assertThat(cache.get(session)).isNull();
    }

    @Test
    void sessionsUsersAndOrganizationsAreForgotten() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID b1 = UUID.randomUUID();
        cache.put(a1, access(alice, a1), cache.generation());
        cache.put(a2, access(alice, a2), cache.generation());
        cache.put(b1, access(bob, b1), cache.generation());

        cache.forgetSessions(List.of(a1));
        assertThat(cache.get(a1)).isNull();
        assertThat(cache.get(a2)).isNotNull();

        cache.forgetUser(alice);
        assertThat(cache.get(a2)).isNull();
        assertThat(cache.get(b1)).isNotNull();

        cache.forgetOrganization(UUID.randomUUID());
        assertThat(cache.get(b1)).isNotNull();
        cache.forgetOrganization(organization);
        assertThat(cache.get(b1)).isNull();
    }

    @Test
    void aLoadThatStartedBeforeSomethingWasForgottenIsNotRemembered() {
        UUID session = UUID.randomUUID();
        long before = cache.generation();
        cache.forgetUser(UUID.randomUUID()); // a change commits while the load reads the database
        cache.put(session, access(UUID.randomUUID(), session), before);
        assertThat(cache.get(session)).isNull();

        cache.put(session, access(UUID.randomUUID(), session), cache.generation());
        assertThat(cache.get(session)).isNotNull();
    }
}
