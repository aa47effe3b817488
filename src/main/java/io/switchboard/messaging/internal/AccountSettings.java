package io.switchboard.messaging.internal;

import io.switchboard.shared.InvalidInput;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading a provider account's config and secrets, the same way for every kind. */
final class AccountSettings {

    private AccountSettings() {}

    /** A setting's text, stripped; null when absent, blank or not text. */
    static @Nullable String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /**
     * {@code config.api_base_url} without a trailing slash, or the provider's own API when not set
     * (tests and regional edges point it elsewhere).
     */
    static String baseUrl(Map<String, Object> config, String defaultUrl) {
        String url = text(config, "api_base_url");
        if (url == null) {
            return defaultUrl;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("config.api_base_url", "invalid_config", "an http(s) URL");
        }
        return url.replaceAll("/+$", "");
    }
}
