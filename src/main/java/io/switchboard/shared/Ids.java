package io.switchboard.shared;

import com.github.f4b6a3.uuid.UuidCreator;
import java.time.Instant;
import java.util.UUID;

/** Time-ordered UUIDv7 ids, generated in the application so that inserts stay index-friendly. */
public final class Ids {

    private Ids() {}

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpoch();
    }

    /** The smallest UUIDv7 of a moment: every id generated at or after it sorts above it. */
    public static UUID lowestAt(Instant instant) {
        long millis = instant.toEpochMilli();
        return new UUID((millis << 16) | 0x7000L, 0x8000000000000000L);
    }
}
