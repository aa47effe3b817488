package io.switchboard.shared.web;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the model resolver misses because it reads declarations only: type-use annotations and the
 * lengths of parsed formats ({@link TextFormats}). Marks a property nullable (OpenAPI 3.1: {@code "type": [..., "null"]}, or {@code anyOf} with
 * {@code null} beside a {@code $ref}) when its record component or field is {@code @Nullable} or an
 * {@code Optional} (merge-patch: an explicit null clears). JSpecify's {@code @Nullable} annotates
 * the type, not the declaration. Applies Bean Validation constraints written on type arguments
 * ({@link ElementConstraints}).
 */
final class TypeUseFacts implements ModelConverter {

    private final ObjectMapper mapper;

    TypeUseFacts(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Schema<?> model = resolved;
        if (resolved != null && resolved.get$ref() != null) {
            model = context.getDefinedModels()
                    .get(resolved.get$ref().substring(Components.COMPONENTS_SCHEMAS_REF.length()));
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        JavaType javaType = mapper.constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw.getPackageName().startsWith("java.")) {
            return resolved;
        }
        model.getProperties().values().forEach(TextFormats::bound);
        for (BeanPropertyDefinition property :
                mapper.getSerializationConfig().introspect(javaType).findProperties()) {
            // Before the naming-strategy repair runs, a property may still carry its Java name.
            String key = model.getProperties().containsKey(property.getName())
                    ? property.getName()
                    : property.getInternalName();
            Schema<?> schema = model.getProperties().get(key);
            java.lang.reflect.AnnotatedType declared = declaredType(raw, property.getInternalName());
            if (schema == null || declared == null) {
                continue;
            }
            ElementConstraints.apply(declared, schema);
            if (declared.isAnnotationPresent(Nullable.class) || isOptional(declared)) {
                model.getProperties().put(key, nullable(schema));
            }
        }
        return resolved;
    }

    /** The annotated type of a record component or field, where annotations on types live. */
    static java.lang.reflect.@Nullable AnnotatedType declaredType(Class<?> owner, String name) {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getAnnotatedType();
                }
            }
            return null;
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field.getAnnotatedType();
                }
            }
        }
        return null;
    }

    private static boolean isOptional(java.lang.reflect.AnnotatedType type) {
        return type.getType() == Optional.class
                || (type.getType() instanceof ParameterizedType p && p.getRawType() == Optional.class);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> nullable(Schema<?> schema) {
        if (schema.get$ref() != null) {
            if (schema.getAnyOf() != null) {
                return schema;
            }
            Schema ref = new JsonSchema().$ref(schema.get$ref());
            Schema anyOf =
                    new JsonSchema().anyOf(List.of(ref, new JsonSchema().types(new LinkedHashSet<>(List.of("null")))));
            anyOf.setDescription(schema.getDescription());
            return anyOf;
        }
        if (schema.getTypes() != null && !schema.getTypes().contains("null")) {
            Set<String> types = new LinkedHashSet<>(schema.getTypes());
            types.add("null");
            schema.setTypes(types);
        }
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            List values = new ArrayList<>(schema.getEnum());
            values.add(null);
            schema.setEnum(values);
        }
        return schema;
    }
}
