package io.switchboard.shared.web;

import io.switchboard.shared.Codes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

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

    /**
     * The console's links to its static files are rewritten to their content-hashed URLs by this
     * filter, as Boot's Thymeleaf configuration would register it, but not on the API: an API call
     * renders no page, and the filter wrapped its request and response, so every attribute, header and
     * method read of every later filter and of MVC went through one wrapper more, and MVC's resource
     * interceptor worked out the lookup path again (about 2% of a lead read's CPU).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new PagesOnlyResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class PagesOnlyResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request instanceof HttpServletRequest http
                    && http.getRequestURI().startsWith("/api/")) {
                chain.doFilter(request, response);
            } else {
                super.doFilter(request, response, chain);
            }
        }
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
