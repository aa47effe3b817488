package io.switchboard.shared.web;

import io.switchboard.shared.Codes;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Controllers are looked up per path shape ({@link ShapeIndexedHandlerMapping}). */
    @Bean
    WebMvcRegistrations shapeIndexedHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new ShapeIndexedHandlerMapping();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HtmxRedirects());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new CodeToEnum());
        registry.addConverter(String.class, Instant.class, WebConfiguration::instant);
    }

    /**
     * Query parameters name instants in ISO-8601 only, as JSON does ({@link StrictJson}): Spring's own
     * parser reads {@code ?due_before=12345} as milliseconds since 1970.
     */
    static @Nullable Instant instant(String source) {
        return source.isBlank() ? null : Instant.parse(source.strip());
    }

    /** Query parameters name enums by their codes too: {@code ?status=in_progress}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class CodeToEnum implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            return source -> source.isBlank() ? null : (T) Codes.parse((Class) targetType, source);
        }
    }
}
