package io.switchboard.shared;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list: {@code {"data": [...], "next_cursor": "..."}}. The cursor
 * is the opaque, URL-safe encoding of the last row's id (UUIDv7 ids sort by creation time).
 */
public record CursorPage<T>(List<T> data, @Nullable String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that more exist.
     */
    public static <T> CursorPage<T> of(List<T> rows, int limit, Function<T, UUID> idOf) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new CursorPage<>(List.copyOf(page), encode(idOf.apply(page.getLast())));
    }

    /** A set small enough to answer whole (an organization's configuration): one page, no cursor. */
    public static <T> CursorPage<T> whole(List<T> all) {
        return new CursorPage<>(List.copyOf(all), null);
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(data.stream().map(mapper).toList(), nextCursor);
    }

    public static int limit(@Nullable Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidInput("limit", "invalid_limit", "must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }

    public static @Nullable UUID after(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
            if (bytes.remaining() != 16) {
                throw new IllegalArgumentException("length");
            }
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cursor", "invalid_cursor", "is not a cursor returned by this list");
        }
    }

    static String encode(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
