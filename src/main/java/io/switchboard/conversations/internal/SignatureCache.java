package io.switchboard.conversations.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The transcript signatures (384 sign bits) of recently searched organizations, held in memory: the
 * embedded PostgreSQL has no pgvector, and its scan of 100,000 {@code bit(384)} signatures by Hamming
 * distance takes 150 to 500 ms where six {@link Long#bitCount} a row take about a millisecond. The
 * table stays the truth: each organization's signatures are refreshed from the rows changed since
 * the newest one seen (at most every five seconds, through the index on {@code updated_at}), and a
 * row deleted since is dropped when its vector is read. Every node keeps its own.
 *
 * <p>A row is stamped with its transaction's start, so one that committed after a refresh can carry
 * an older stamp than rows that refresh saw. Re-reading a margin on every refresh found those, but
 * after a bulk write (a backfill, 100,000 rows in a minute) it re-read every row of the margin every
 * five seconds, the slow searches of the 95th percentile. The margin is swept once a minute instead:
 * a late commit appears on other nodes within a minute or two (on its own node at once).
 */
final class SignatureCache {

    static final int WORDS = 6;
    private static final int MAX_ORGANIZATIONS = 64;
    private static final long REFRESH_NANOS = Duration.ofSeconds(5).toNanos();
    /** Rows stamped before a refresh but committed after it are found by the next sweep. */
    static final Duration LATE_COMMITS = Duration.ofMinutes(2);

    static final long SWEEP_NANOS = Duration.ofMinutes(1).toNanos();

    /** A stored signature ({@link #words}), and when its row last changed. */
    record Row(UUID callId, long[] words, OffsetDateTime updatedAt) {}

    private final LongSupplier clock;

    SignatureCache() {
        this(System::nanoTime);
    }

    /** With the clock refreshes are timed by (nanoseconds, as {@link System#nanoTime}). */
    SignatureCache(LongSupplier clock) {
        this.clock = clock;
    }

    private final Map<UUID, Signatures> organizations = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Signatures> eldest) {
            return size() > MAX_ORGANIZATIONS;
        }
    };

    /**
     * The {@code max} calls whose signatures are nearest {@code query} in the organization.
     *
     * @param changedSince the organization's rows changed after the given time (all when {@code null})
     */
    List<UUID> nearest(
            UUID organization, String query, int max, Function<@Nullable OffsetDateTime, List<Row>> changedSince) {
        Signatures signatures;
        synchronized (organizations) {
            signatures = organizations.computeIfAbsent(organization, o -> new Signatures(clock));
        }
        return signatures.nearest(words(query), max, changedSince);
    }

    /**
     * A signature this node just stored: searchable here at once, not only after the next refresh
     * (a row whose transaction then rolled back has no vector to read, and is never returned).
     */
    void stored(UUID organization, UUID callId, String bits) {
        Signatures signatures;
        synchronized (organizations) {
            signatures = organizations.get(organization);
        }
        if (signatures != null) {
            signatures.put(callId, words(bits));
        }
    }

    /** The words of a signature in PostgreSQL's binary form (varbit_send: the length, then the bits, first bit highest). */
    static long[] words(byte[] varbit) {
        long[] words = new long[WORDS];
        for (int i = 0; i < WORDS * 64 && 4 + i / 8 < varbit.length; i++) {
            if ((varbit[4 + i / 8] >> (7 - i % 8) & 1) == 1) {
                words[i / 64] |= 1L << (i % 64);
            }
        }
        return words;
    }

    /** The words of a signature written as a bit string literal: the i-th character is bit i % 64 of word i / 64. */
    static long[] words(String bits) {
        long[] words = new long[WORDS];
        for (int i = 0; i < bits.length() && i < WORDS * 64; i++) {
            if (bits.charAt(i) == '1') {
                words[i / 64] |= 1L << (i % 64);
            }
        }
        return words;
    }

    /** One organization's signatures, six words a row, in arrays that grow. */
    private static final class Signatures {

        private UUID[] ids = new UUID[1024];
        private long[] bits = new long[1024 * WORDS];
        private int size;
        private final Map<UUID, Integer> index = new HashMap<>();
        private final LongSupplier clock;
        private @Nullable OffsetDateTime seenUpTo;
        private @Nullable OffsetDateTime sweptUpTo;
        private long refreshedAt;
        private long sweptAt;
        private boolean loaded;

        Signatures(LongSupplier clock) {
            this.clock = clock;
        }

        synchronized List<UUID> nearest(
                long[] query, int max, Function<@Nullable OffsetDateTime, List<Row>> changedSince) {
            refresh(changedSince);
            // Distances are 0..384: counted, then read off in order, instead of sorting the rows.
            int[] distance = new int[size];
            int[] counts = new int[WORDS * 64 + 2];
            for (int r = 0; r < size; r++) {
                int d = 0;
                for (int w = 0; w < WORDS; w++) {
                    d += Long.bitCount(bits[r * WORDS + w] ^ query[w]);
                }
                distance[r] = d;
                counts[d + 1]++;
            }
            int want = Math.min(max, size);
            int limit = 0;
            for (int taken = 0; limit <= WORDS * 64 && taken + counts[limit + 1] < want; limit++) {
                taken += counts[limit + 1];
            }
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < size; r++) {
                if (distance[r] <= limit) {
                    rows.add(r);
                }
            }
            rows.sort((a, b) -> distance[a] != distance[b] ? distance[a] - distance[b] : ids[a].compareTo(ids[b]));
            List<UUID> nearest = new ArrayList<>(want);
            for (int i = 0; i < want; i++) {
                nearest.add(ids[rows.get(i)]);
            }
            return nearest;
        }

        private void refresh(Function<@Nullable OffsetDateTime, List<Row>> changedSince) {
            long now = clock.getAsLong();
            if (loaded && now - refreshedAt < REFRESH_NANOS) {
                return;
            }
            boolean sweep = !loaded || now - sweptAt >= SWEEP_NANOS;
            OffsetDateTime since;
            if (!loaded) {
                since = null;
            } else if (sweep) {
                since = sweptUpTo == null ? null : sweptUpTo.minus(LATE_COMMITS);
            } else {
                since = seenUpTo;
            }
            for (Row row : changedSince.apply(since)) {
                put(row.callId(), row.words());
                if (seenUpTo == null || row.updatedAt().isAfter(seenUpTo)) {
                    seenUpTo = row.updatedAt();
                }
            }
            if (sweep) {
                // A row committed after this read began after (this read - LATE_COMMITS): the next
                // sweep, reading from seenUpTo - LATE_COMMITS, finds it.
                sweptUpTo = seenUpTo;
                sweptAt = now;
            }
            loaded = true;
            refreshedAt = now;
        }

        synchronized void put(UUID callId, long[] signature) {
            Integer at = index.get(callId);
            if (at == null) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    bits = Arrays.copyOf(bits, size * 2 * WORDS);
                }
                at = size++;
                ids[at] = callId;
                index.put(callId, at);
            }
            System.arraycopy(signature, 0, bits, at * WORDS, WORDS);
        }
    }
}
