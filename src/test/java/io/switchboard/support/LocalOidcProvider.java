package io.switchboard.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real, minimal OpenID Connect provider for the tests (JDK HTTP server on a free port): discovery,
 * an authorization endpoint that signs in whoever the test named with {@link #nextLogin}, a token
 * endpoint that checks the client secret and the PKCE verifier, and ID tokens signed with a fresh
 * RSA key published as a JWKS. A test organization points its single sign-on at {@link #issuer()}.
 */
public final class LocalOidcProvider {

    public static final String CLIENT_ID = "switchboard-test";
    public static final String CLIENT_SECRET = "test-secret";

    private static LocalOidcProvider instance;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Login next = new Login("nobody", "nobody@example.com", true);

    public record Login(String subject, String email, boolean emailVerified) {}

    private record Grant(Login login, String nonce, String challenge, String redirectUri) {}

    private LocalOidcProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", ex -> send(ex, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    public static synchronized LocalOidcProvider ensure() {
        if (instance == null) {
            try {
                instance = new LocalOidcProvider();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    /** Who the next visit to the authorization endpoint signs in as. */
    public void nextLogin(String subject, String email, boolean emailVerified) {
        next = new Login(subject, email, emailVerified);
    }

    private void discovery(HttpExchange ex) throws IOException {
        send(
                ex,
                200,
                """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}"""
                        .formatted(issuer));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, q.get("nonce"), q.get("code_challenge"), q.get("redirect_uri")));
        String location = q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAuth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(f.get("code")));
        if (!expectedAuth.equals(ex.getRequestHeaders().getFirst("Authorization"))
                || grant == null
                || !grant.redirectUri().equals(f.get("redirect_uri"))
                || !grant.challenge().equals(s256(String.valueOf(f.get("code_verifier"))))) {
            send(ex, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        send(
                ex,
                200,
                "{\"access_token\":\"at-" + UUID.randomUUID()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken(grant) + "\"}");
    }

    private String idToken(Grant grant) {
        Date now = new Date();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(grant.login().subject())
                .audience(CLIENT_ID)
                .issueTime(now)
                .expirationTime(new Date(now.getTime() + 300_000))
                .claim("nonce", grant.nonce())
                .claim("email", grant.login().email())
                .claim("email_verified", grant.login().emailVerified())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
