package io.switchboard.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Bean Validation constraints written on type arguments ({@code Optional<@Size(max = 120) String>}
 * in merge-patch records, {@code List<@Size(max = 60) String>}, the values of
 * {@code Map<String, @Size(max = 200) String>}): the model resolver reads only
 * declarations, so the limits the API enforces there were missing from the document.
 */
final class ElementConstraints {

    private ElementConstraints() {}

    /** Applies the constraints of a component's type arguments to its property schema. */
    static void apply(AnnotatedType type, Schema<?> property) {
        if (!(type instanceof AnnotatedParameterizedType parameterized)
                || !(parameterized.getType() instanceof ParameterizedType generic)
                || !(generic.getRawType() instanceof Class<?> raw)) {
            return;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (raw == Optional.class && property.get$ref() == null && property.getAnyOf() == null) {
            constrain(arguments[0], property);
            apply(arguments[0], property);
        } else if (Collection.class.isAssignableFrom(raw) && property.getItems() != null) {
            constrain(arguments[0], property.getItems());
            apply(arguments[0], property.getItems());
        } else if (Map.class.isAssignableFrom(raw) && property.getAdditionalProperties() instanceof Schema<?> values) {
            constrain(arguments[1], values);
            apply(arguments[1], values);
        }
    }

    private static void constrain(AnnotatedType element, Schema<?> schema) {
        boolean array = schema.getItems() != null;
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation instanceof Size size && array) {
                schema.setMinItems(size.min() > 0 ? Integer.valueOf(size.min()) : schema.getMinItems());
                schema.setMaxItems(size.max() < Integer.MAX_VALUE ? Integer.valueOf(size.max()) : schema.getMaxItems());
            } else if (annotation instanceof Size size) {
                schema.setMinLength(size.min() > 0 ? Integer.valueOf(size.min()) : schema.getMinLength());
                schema.setMaxLength(
                        size.max() < Integer.MAX_VALUE ? Integer.valueOf(size.max()) : schema.getMaxLength());
            } else if (annotation instanceof NotBlank) {
                schema.setMinLength(1);
            } else if (annotation instanceof Min min) {
                schema.setMinimum(BigDecimal.valueOf(min.value()));
            } else if (annotation instanceof Max max) {
                schema.setMaximum(BigDecimal.valueOf(max.value()));
            } else if (annotation instanceof Positive) {
                schema.setMinimum(BigDecimal.ONE);
            } else if (annotation instanceof PositiveOrZero) {
                schema.setMinimum(BigDecimal.ZERO);
            } else if (annotation instanceof Pattern pattern) {
                schema.setPattern(pattern.regexp());
            } else if (annotation instanceof Email) {
                schema.setFormat("email");
            }
        }
    }
}
