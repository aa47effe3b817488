package io.switchboard.identity;

import io.switchboard.shared.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an admin sets for the organization's single sign-on; {@link #validated()} answers it
 * cleaned up, or refuses it field by field. A {@code null} client secret keeps the stored one.
 */
public record SingleSignOnChange(
        String issuerUri,
        String clientId,
        @Nullable String clientSecret,
        boolean enabled,
        List<String> allowedEmailDomains) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");
    private static final int MAX_DOMAINS = 50;

    /**
     * @param loopbackIssuers whether plain http on this machine (localhost) is accepted: for a
     *     provider under test only, never in production, where it would let any organization's admin
     *     make the server probe its own ports
     */
    public SingleSignOnChange validated(boolean loopbackIssuers) {
        String id = clientId.strip();
        if (id.isEmpty() || id.length() > 255) {
            throw new InvalidInput("client_id", "invalid_client_id", "must be 1 to 255 characters");
        }
        String secret = clientSecret == null ? null : clientSecret.strip();
        if (secret != null && (secret.isEmpty() || secret.length() > 1000)) {
            throw new InvalidInput("client_secret", "invalid_client_secret", "must be 1 to 1000 characters");
        }
        return new SingleSignOnChange(issuer(issuerUri.strip(), loopbackIssuers), id, secret, enabled, domains());
    }

    /** An https URL (plain http only on this machine, when allowed), nothing after the path. */
    private static String issuer(String value, boolean loopbackIssuers) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw badIssuer("must be a URL such as https://login.example.com");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (value.length() > 500
                || !uri.isAbsolute()
                || host.isEmpty()
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw badIssuer("must be a URL such as https://login.example.com, without query or fragment");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopback = LOOPBACK.contains(host);
        if (loopback && !loopbackIssuers) {
            throw badIssuer("must be a provider on the network, not this machine");
        }
        if (!https && !("http".equalsIgnoreCase(uri.getScheme()) && loopback)) {
            throw badIssuer("must use https");
        }
        return value;
    }

    private List<String> domains() {
        if (allowedEmailDomains.size() > MAX_DOMAINS) {
            throw new InvalidInput("allowed_email_domains", "invalid_domain", "at most " + MAX_DOMAINS + " domains");
        }
        List<String> domains = allowedEmailDomains.stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches()) {
                throw new InvalidInput(
                        "allowed_email_domains", "invalid_domain", "'" + domain + "' is not a domain name");
            }
        }
        return domains;
    }

    private static InvalidInput badIssuer(String message) {
        return new InvalidInput("issuer_uri", "invalid_issuer", message);
    }
}
