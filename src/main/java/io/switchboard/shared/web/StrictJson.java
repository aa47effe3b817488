package io.switchboard.shared.web;

import java.time.Year;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What Jackson would coerce and Switchboard refuses, for every JSON document the application reads:
 *
 * <ul>
 *   <li>a NUL character in any text (values, map keys, free-form objects): PostgreSQL text cannot
 *       hold one, and a NUL that reached the database broke the connection;
 *   <li>a date, time or duration that is not an ISO-8601 string: Jackson would read a number (or a
 *       numeric string) as epoch seconds or days, an empty array or string as null, and an array of
 *       numbers as a date.
 * </ul>
 */
final class StrictJson extends ValueDeserializerModifier {

    private static final Pattern NUMERIC = Pattern.compile("[+-]?\\d+(\\.\\d*)?");

    @Override
    public ValueDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class || type == Object.class) {
            return new NoNul(deserializer);
        }
        if (isDateTime(type)) {
            return new IsoOnly(deserializer);
        }
        return deserializer;
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(
            DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                if (key.indexOf('\0') >= 0) {
                    throw Refused.nul(ctxt.getParser());
                }
                return deserializer.deserializeKey(key, ctxt);
            }
        };
    }

    /** A year is a number by nature; every other date, time and duration is an ISO-8601 string. */
    static boolean isDateTime(Class<?> type) {
        return type.getPackageName().equals("java.time")
                && type != Year.class
                && (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type));
    }

    /** Refused input; the path to the field is added as the exception travels out of the document. */
    static final class Refused extends MismatchedInputException {

        private final String code;
        private final String reason;

        private Refused(JsonParser parser, String code, String reason) {
            super(parser, reason);
            this.code = code;
            this.reason = reason;
        }

        static Refused nul(JsonParser parser) {
            return new Refused(parser, "invalid_character", "must not contain NUL characters");
        }

        String code() {
            return code;
        }

        String reason() {
            return reason;
        }
    }

    private static final class NoNul extends DelegatingDeserializer {

        NoNul(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new NoNul(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            check(value, p);
            return value;
        }

        /** Free-form values (maps and lists of anything) are read in one go, so they are walked after. */
        private static void check(@Nullable Object value, JsonParser p) {
            if (value instanceof String text && text.indexOf('\0') >= 0) {
                throw Refused.nul(p);
            }
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> {
                    check(key, p);
                    try {
                        check(item, p);
                    } catch (JacksonException e) {
                        e.prependPath(map, String.valueOf(key));
                        throw e;
                    }
                });
            }
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    try {
                        check(list.get(i), p);
                    } catch (JacksonException e) {
                        e.prependPath(list, i);
                        throw e;
                    }
                }
            }
        }
    }

    private static final class IsoOnly extends DelegatingDeserializer {

        IsoOnly(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new IsoOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(
                        p, handledType(), "expected an ISO-8601 string, got " + p.currentToken());
            }
            String text = p.getString().strip();
            if (text.isEmpty() || NUMERIC.matcher(text).matches()) {
                throw MismatchedInputException.from(p, handledType(), "expected an ISO-8601 string, got " + text);
            }
            return super.deserialize(p, ctxt);
        }
    }
}
