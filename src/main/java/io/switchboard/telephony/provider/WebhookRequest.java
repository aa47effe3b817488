package io.switchboard.telephony.provider;

import io.switchboard.shared.FormEncoding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A webhook as received.
 *
 * @param url the full URL the provider called, as it saw it (the public URL: signatures cover it)
 * @param headers by lower-case name
 * @param form the decoded form fields of an {@code application/x-www-form-urlencoded} body, in order
 * @param query the decoded query parameters
 */
public record WebhookRequest(
        String url,
        String method,
        Map<String, List<String>> headers,
        @Nullable String contentType,
        String body,
        Map<String, List<String>> form,
        Map<String, List<String>> query) {

    /** A request with its form fields (for a form-encoded body) and query parameters decoded. */
    public static WebhookRequest of(
            String url, String method, Map<String, List<String>> headers, @Nullable String contentType, String body) {
        boolean form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return new WebhookRequest(
                url, method, headers, contentType, body, form ? decode(body) : Map.of(), decode(rawQuery(url)));
    }

    /** The part of a URL after {@code ?}, still encoded (what signatures cover). */
    public static String rawQuery(String url) {
        int question = url.indexOf('?');
        return question < 0 ? "" : url.substring(question + 1);
    }

    /** Decodes {@code a=1&b=2} into fields in their order; a repeated name keeps every value. */
    public static Map<String, List<String>> decode(@Nullable String encoded) {
        return FormEncoding.decode(encoded);
    }

    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public @Nullable String field(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public @Nullable String queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
