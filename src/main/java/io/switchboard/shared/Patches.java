package io.switchboard.shared;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Applies one field of a partial update (JSON merge-patch semantics): a {@code null} change leaves
 * the field alone, an empty {@link Optional} (JSON {@code null}) clears it, a value sets it.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public final class Patches {

    private Patches() {}

    public static <T> void apply(@Nullable Optional<T> change, Consumer<@Nullable T> setter) {
        if (change != null) {
            setter.accept(change.orElse(null));
        }
    }

    public static <T, R> void apply(
            @Nullable Optional<T> change, Function<T, R> convert, Consumer<@Nullable R> setter) {
        if (change != null) {
            setter.accept(change.map(convert).orElse(null));
        }
    }

    /** For fields that cannot be cleared: JSON {@code null} is refused. */
    public static <T> void require(@Nullable Optional<T> change, String field, Consumer<T> setter) {
        if (change != null) {
            setter.accept(change.orElseThrow(() -> new InvalidInput(field, "required", "must not be null")));
        }
    }
}
