package io.switchboard.leads.internal;

import io.switchboard.shared.InvalidInput;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The keyset of a list sorted by score: the last row's score and id, opaque and URL-safe. */
public record ScoreCursor(int score, UUID id) {

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(20);
        bytes.putInt(score).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static @Nullable ScoreCursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
            if (bytes.remaining() != 20) {
                throw new IllegalArgumentException("length");
            }
            return new ScoreCursor(bytes.getInt(), new UUID(bytes.getLong(), bytes.getLong()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cursor", "invalid_cursor", "is not a cursor returned by this list");
        }
    }
}
