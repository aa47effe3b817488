package io.switchboard.shared.web;

import io.switchboard.shared.Codes;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new CodeToEnum());
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
