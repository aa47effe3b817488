package io.switchboard.conversations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignatureCacheTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-06T10:00:00Z");

    private static String bits(int ones) {
        return "1".repeat(ones) + "0".repeat(384 - ones);
    }

    @Test
    void theNearestSignaturesByHammingDistanceComeFirst() {
        UUID far = UUID.randomUUID();
        UUID near = UUID.randomUUID();
        UUID same = UUID.randomUUID();
        var cache = new SignatureCache();

        List<UUID> found = cache.nearest(
                ORGANIZATION,
                bits(100),
                2,
                since -> List.of(
                        new SignatureCache.Row(far, SignatureCache.words(bits(300)), T0),
                        new SignatureCache.Row(near, SignatureCache.words(bits(90)), T0),
                        new SignatureCache.Row(same, SignatureCache.words(bits(100)), T0)));

        assertThat(found).containsExactly(same, near);
    }

    @Test
    void theFirstSearchReadsEveryRowAndSignaturesReadAlikeFromTextAndFromPostgresBinaryForm() {
        UUID call = UUID.randomUUID();
        var cache = new SignatureCache();
        List<OffsetDateTime> asked = new ArrayList<>();
        cache.nearest(ORGANIZATION, bits(10), 5, since -> {
            asked.add(since);
            return List.of(new SignatureCache.Row(call, SignatureCache.words(bits(10)), T0));
        });

        assertThat(asked).containsExactly((OffsetDateTime) null);
        assertThat(SignatureCache.words(bits(65))).containsExactly(-1L, 1L, 0L, 0L, 0L, 0L);
        byte[] varbit = new byte[4 + 48];
        java.util.Arrays.fill(varbit, 4, 4 + 8, (byte) 0xff);
        varbit[4 + 8] = (byte) 0x80;
        assertThat(SignatureCache.words(varbit))
                .as("PostgreSQL's binary form reads as the literal does")
                .containsExactly(SignatureCache.words(bits(65)));
    }

    @Test
    void organizationsNeverSeeEachOthersSignatures() {
        UUID theirs = UUID.randomUUID();
        var cache = new SignatureCache();
        cache.nearest(
                ORGANIZATION,
                bits(10),
                5,
                since -> List.of(new SignatureCache.Row(theirs, SignatureCache.words(bits(10)), T0)));

        List<UUID> found = cache.nearest(UUID.randomUUID(), bits(10), 5, since -> List.of());

        assertThat(found).isEmpty();
    }

    @Test
    void aSignatureStoredOnThisNodeIsSearchableBeforeTheNextRefresh() {
        UUID old = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        var cache = new SignatureCache();
        cache.nearest(
                ORGANIZATION,
                bits(10),
                5,
                since -> List.of(new SignatureCache.Row(old, SignatureCache.words(bits(300)), T0)));

        cache.stored(ORGANIZATION, fresh, bits(10));

        assertThat(cache.nearest(ORGANIZATION, bits(10), 1, since -> List.of())).containsExactly(fresh);
    }
}
