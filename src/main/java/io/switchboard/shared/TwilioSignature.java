package io.switchboard.shared;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): Base64 of HMAC-SHA1, keyed with the
 * account's auth token, over the full URL Twilio called followed by each POST parameter's name and
 * value, sorted by name. A JSON body is covered instead by a {@code bodySHA256} query parameter
 * (hex SHA-256 of the body). Like Twilio's helper libraries, the URL is also tried with its default
 * port added or removed, since proxies differ in how they report it. Voice (telephony) and SMS
 * (messaging) webhooks are signed alike, so both check them here.
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {}

    public static String sign(String authToken, String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> values.stream().sorted().forEach(value -> data.append(name)
                .append(value)));
        byte[] mac = Signatures.hmac("HmacSHA1", authToken, data.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }

    /**
     * Whether {@code presented} signs this request.
     *
     * @param url the full public URL Twilio called, query included
     * @param form the decoded form fields (empty for a JSON body)
     * @param body the raw body, checked against {@code bodySHA256} when the request has no form fields
     */
    public static boolean verify(
            String authToken, String url, Map<String, List<String>> form, String body, @Nullable String presented) {
        if (presented == null) {
            return false;
        }
        Map<String, List<String>> params = form;
        String bodyHash = form.isEmpty() ? bodyHash(url) : null;
        if (bodyHash != null) {
            if (!Signatures.matches(Signatures.sha256Hex(body), bodyHash)) {
                return false;
            }
            params = Map.of();
        }
        boolean valid = false;
        for (String variant : variants(url)) {
            // Every variant is checked, so the time taken does not depend on which one matched.
            valid |= Signatures.matches(sign(authToken, variant, params), presented);
        }
        return valid;
    }

    /** The URL as given, without its port, and with the scheme's default port. */
    static Set<String> variants(String url) {
        Set<String> variants = new LinkedHashSet<>(List.of(url));
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return variants;
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            return variants;
        }
        String rest = url.substring(
                url.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length());
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        String prefix = uri.getScheme() + "://" + userInfo + uri.getHost();
        variants.add(prefix + rest);
        int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        variants.add(prefix + ":" + (uri.getPort() < 0 ? defaultPort : uri.getPort()) + rest);
        return variants;
    }

    private static @Nullable String bodyHash(String url) {
        try {
            return UriComponentsBuilder.fromUriString(url)
                    .build()
                    .getQueryParams()
                    .getFirst("bodySHA256");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
