package io.switchboard.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the API speaks it: snake_case (application.yml), enums as their lower-case codes, and no
 * silent coercion: a value of the wrong shape is refused with its field, never turned into another
 * value (see {@link StrictJson} for dates and NUL characters).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer switchboardJson() {
        return builder -> {
            builder.enable(
                    EnumFeature.READ_ENUMS_USING_TO_STRING,
                    EnumFeature.WRITE_ENUMS_USING_TO_STRING,
                    EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
            builder.enable(
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    // A typo in a field name must not be silently ignored.
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    // JSON merge-patch in request records: a field left out arrives as null
                    // ("leave it"), an explicit JSON null as Optional.empty() ("clear it").
                    DeserializationFeature.USE_NULL_FOR_MISSING_REFERENCE_VALUES);
            // A number where text belongs (or text where a number belongs) is a client bug: say so.
            builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
            // 1.9 minor units is not 1: a fraction where a whole number belongs is refused.
            builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
            builder.withCoercionConfig(
                    LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
            builder.addModule(new SimpleModule("switchboard-strict-input").setDeserializerModifier(new StrictJson()));
            builder.withCoercionConfig(
                    LogicalType.Textual, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        };
    }
}
