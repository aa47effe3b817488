package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.messaging.Channel;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Send slots taken side by side from separate transactions, as several nodes take them: each slot
 * is taken once, they are spaced by the limit, and each organization has its own.
 */
class SendSlotsIT extends ApiTest {

    @Autowired
    SendSlots slots;

    @Test
    void slotsTakenConcurrentlyAreDistinctAndSpacedByTheLimit() throws Exception {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        // PostgreSQL keeps microseconds
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Instant> taken = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Instant>> takers = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                takers.add(() -> TenantContext.callAs(organization, () -> slots.take(Channel.SMS, 60, now)));
            }
            for (Future<Instant> slot : pool.invokeAll(takers)) {
                taken.add(slot.get());
            }
        }
        taken.sort(null);
        // 60 a minute: one a second, the first at once
        for (int i = 0; i < taken.size(); i++) {
            assertThat(Duration.between(now, taken.get(i))).as("slot %d", i).isEqualTo(Duration.ofSeconds(i));
        }
        // another channel and another organization are not behind these
        assertThat(TenantContext.callAs(organization, () -> slots.take(Channel.EMAIL, 60, now)))
                .isEqualTo(now);
        OrganizationId other = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        assertThat(TenantContext.callAs(other, () -> slots.take(Channel.SMS, 60, now)))
                .isEqualTo(now);
    }
}
