package io.switchboard.telephony.internal.twilio;

import io.switchboard.telephony.provider.Signatures;
import io.switchboard.telephony.provider.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): Base64 of HMAC-SHA1, keyed with the
 * account's auth token, over the full URL Twilio called followed by each POST parameter's name and
 * value, sorted by name. A JSON body is covered instead by a {@code bodySHA256} query parameter
 * (hex SHA-256 of the body). Like Twilio's helper libraries, the URL is also tried with its default
 * port added or removed, since proxies differ in how they report it.
 */
final class TwilioSignature {

    static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {}

    static String sign(String authToken, String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> values.stream().sorted().forEach(value -> data.append(name)
                .append(value)));
        byte[] mac = Signatures.hmac("HmacSHA1", authToken, data.toString().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }

    static boolean verify(String authToken, WebhookRequest request) {
        String presented = request.header(HEADER);
        if (presented == null) {
            return false;
        }
        Map<String, List<String>> params = request.form();
        String bodyHash = request.queryParameter("bodySHA256");
        if (request.form().isEmpty() && bodyHash != null) {
            if (!Signatures.matches(sha256(request.body()), bodyHash)) {
                return false;
            }
            params = Map.of();
        }
        boolean valid = false;
        for (String url : variants(request.url())) {
            // Every variant is checked, so the time taken does not depend on which one matched.
            valid |= Signatures.matches(sign(authToken, url, params), presented);
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

    private static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
