package io.switchboard.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What a refresh of the in-memory signatures asks the table for: after the first load, only the
 * rows changed since the newest one seen (a bulk write of 100,000 rows used to be re-read in full
 * every five seconds for two minutes), with the margin for late commits swept once a minute.
 */
class SignatureRefreshTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 6, 0, 0, 0, ZoneOffset.UTC);
    private static final String QUERY = "1".repeat(384);

    private final AtomicLong clock = new AtomicLong();
    private final SignatureCache cache = new SignatureCache(clock::get);
    private final List<@Nullable OffsetDateTime> asked = new ArrayList<>();
    private final List<SignatureCache.Row> table = new ArrayList<>();

    private List<UUID> search() {
        return cache.nearest(ORGANIZATION, QUERY, 1_000, since -> {
            asked.add(since);
            return table.stream()
                    .filter(r -> since == null || r.updatedAt().isAfter(since))
                    .toList();
        });
    }

    private UUID write(OffsetDateTime stamp) {
        UUID call = UUID.randomUUID();
        table.add(new SignatureCache.Row(call, SignatureCache.words(QUERY), stamp));
        return call;
    }

    private void seconds(long s) {
        clock.addAndGet(Duration.ofSeconds(s).toNanos());
    }

    @Test
    void aRefreshAfterABulkWriteReadsOnlyTheRowsChangedSinceTheNewestSeen() {
        for (int i = 0; i < 100; i++) {
            write(T0.plusSeconds(i));
        }
        search();
        seconds(6);
        UUID added = write(T0.plusSeconds(200));

        List<UUID> found = search();

        assertThat(asked).containsExactly(null, T0.plusSeconds(99));
        assertThat(found).contains(added);
    }

    @Test
    void aRowThatCommittedLateWithAnOlderStampIsFoundByTheNextSweep() {
        write(T0.plusSeconds(100));
        search();
        // began before the first search's read, committed after it
        UUID late = write(T0.plusSeconds(90));
        seconds(6);
        assertThat(search()).doesNotContain(late);

        seconds(60);
        List<UUID> found = search();

        assertThat(asked.getLast()).isEqualTo(T0.plusSeconds(100).minus(SignatureCache.LATE_COMMITS));
        assertThat(found).contains(late);
    }

    @Test
    void searchesWithinFiveSecondsOfARefreshAskTheTableNothing() {
        write(T0);
        search();
        seconds(4);
        search();

        assertThat(asked).hasSize(1);
    }
}
