package io.switchboard.telephony.internal.plivo;

import io.switchboard.shared.Signatures;
import io.switchboard.telephony.provider.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plivo's V3 request signature, as its server SDKs compute it: the URL without its query, then
 * {@code ?} and the query parameters sorted by name ({@code name=value} joined with {@code &},
 * decoded), then for a POST with parameters a {@code .} (only when there was a query) and every
 * POST parameter as {@code namevalue} sorted by name; then {@code .} and the
 * {@code X-Plivo-Signature-V3-Nonce}. The header {@code X-Plivo-Signature-V3} carries Base64 of
 * HMAC-SHA256 over that string keyed with the auth token, one per active token, comma-separated.
 */
final class PlivoSignature {

    static final String HEADER = "X-Plivo-Signature-V3";
    static final String MAIN_ACCOUNT_HEADER = "X-Plivo-Signature-Ma-V3";
    static final String NONCE = "X-Plivo-Signature-V3-Nonce";

    private PlivoSignature() {}

    static String sign(String authToken, String url, Map<String, List<String>> params, String nonce) {
        String signed = baseString(url, params) + "." + nonce;
        return Base64.getEncoder()
                .encodeToString(Signatures.hmac("HmacSHA256", authToken, signed.getBytes(StandardCharsets.UTF_8)));
    }

    static String baseString(String url, Map<String, List<String>> params) {
        URI uri = URI.create(url);
        String base =
                uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = sortedQuery(WebhookRequest.decode(uri.getRawQuery()));
        StringBuilder out = new StringBuilder(base);
        if (!query.isEmpty() || !params.isEmpty()) {
            out.append('?').append(query);
        }
        if (!query.isEmpty() && !params.isEmpty()) {
            out.append('.');
        }
        new TreeMap<>(params).forEach((name, values) -> sorted(values)
                .forEach(v -> out.append(name).append(v)));
        return out.toString();
    }

    static boolean verify(String authToken, WebhookRequest request) {
        String nonce = request.header(NONCE);
        if (nonce == null) {
            return false;
        }
        String expected = sign(authToken, request.url(), request.form(), nonce);
        boolean valid = false;
        for (String header : List.of(HEADER, MAIN_ACCOUNT_HEADER)) {
            String presented = request.header(header);
            if (presented == null) {
                continue;
            }
            for (String signature : presented.split(",")) {
                valid |= Signatures.matches(expected, signature);
            }
        }
        return valid;
    }

    private static String sortedQuery(Map<String, List<String>> query) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(query).forEach((name, values) -> sorted(values).forEach(v -> pairs.add(name + "=" + v)));
        return String.join("&", pairs);
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
