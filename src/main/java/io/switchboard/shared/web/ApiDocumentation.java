package io.switchboard.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.switchboard.shared.ApiAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at {@code /v3/api-docs}, generated to match what the API really speaks.
 * springdoc builds schemas with swagger-core's model resolver, which runs on a Jackson 2 mapper of
 * its own and so never sees the application's (Jackson 3) naming strategy: every property came out
 * camelCase while the API reads and writes snake_case. The resolver here gets the application's
 * strategy, unique schema names ({@link SchemaNames}) and nullability ({@link TypeUseFacts});
 * {@link ApiOperations} adds security, problem responses and rate-limit headers to every operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /**
     * Replaces springdoc's default resolver (same class, so springdoc's registrar swaps it). First
     * in order means registered first, which puts it last in the converter chain: the resolver
     * answers without delegating, so every other converter must run before it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver apiModelResolver(JsonMapper json, SpringDocConfigProperties springdoc) {
        return new ModelResolver(schemaMapper(json, springdoc), new SchemaNames()).openapi31(springdoc.isOpenapi31());
    }

    @Bean
    TypeUseFacts typeUseFacts(JsonMapper json, SpringDocConfigProperties springdoc) {
        return new TypeUseFacts(schemaMapper(json, springdoc));
    }

    @Bean
    OpenAPI apiDocument() {
        return new OpenAPI()
                .info(new Info()
                        .title("Switchboard API")
                        .version("v1")
                        .description("Multi-tenant AI call center and lead management. JSON in snake_case; errors are"
                                + " RFC 9457 problem details with a stable code; long lists are cursor pages"
                                + " {data, next_cursor}, short bounded ones (pipelines, custom fields, saved views,"
                                + " recent imports) plain arrays: each operation's response schema says which."))
                // Relative: the API is served by the deployment that served this document.
                .servers(List.of(new Server()
                        .url("/")
                        .description("This deployment (local, staging or production: where this document was read)")
                        .extensions(new LinkedHashMap<>(Map.of("x-internal", false)))));
    }

    @Bean
    OpenApiCustomizer apiOperations(
            ObjectProvider<ApiAccess> access,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        ApiAccess fallback = (method, path) -> ApiAccess.Access.CREDENTIALS;
        return new ApiOperations(access.getIfAvailable(() -> fallback), maxUpload.toBytes());
    }

    /** swagger-core's Jackson 2 mapper, with the naming strategy of the application's mapper. */
    static ObjectMapper schemaMapper(JsonMapper json, SpringDocConfigProperties springdoc) {
        ObjectMapper mapper = (springdoc.isOpenapi31() ? Json31.mapper() : Json.mapper()).copy();
        PropertyNamingStrategy strategy = json.serializationConfig().getPropertyNamingStrategy();
        if (strategy instanceof PropertyNamingStrategies.NamingBase naming) {
            mapper.setPropertyNamingStrategy(new com.fasterxml.jackson.databind.PropertyNamingStrategies.NamingBase() {
                @Override
                public String translate(String name) {
                    return naming.nameForField(null, null, name);
                }
            });
        }
        return mapper;
    }
}
