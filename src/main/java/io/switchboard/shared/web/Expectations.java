package io.switchboard.shared.web;

import io.switchboard.shared.Codes;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a field or parameter of a type must be, as an error message says it to the caller. */
final class Expectations {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(
            Long.class,
            Integer.class,
            Short.class,
            Byte.class,
            BigInteger.class,
            long.class,
            int.class,
            short.class,
            byte.class);

    private Expectations() {}

    static String of(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "must be one of " + Codes.allowed(enumType(type));
        }
        return "must be " + describe(type);
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == UUID.class || type.isRecord() && type.getSimpleName().endsWith("Id")) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO-8601 duration";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }
}
