package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.support.LocalOidcProvider;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Single sign-on against a real OpenID Connect provider running inside the test. */
class SingleSignOnIT extends ApiTest {

    final LocalOidcProvider provider = LocalOidcProvider.ensure();

    @Test
    void anExistingUserSignsInWithTheProviderByVerifiedEmailAndThenBySubject() throws Exception {
        Tenant tenant = signUp();
        String subject = "sub-" + UUID.randomUUID();
        provider.nextLogin(subject, tenant.email(), true);
        Browser browser = new Browser();
        String access = browser.signInWithProvider();
        assertThat(access).isNotNull();
        assertThat(api.get("/api/v1/me", access).json().path("user").path("id").asString())
                .isEqualTo(tenant.adminId());
        assertThat(api.get("/api/v1/audit?action=auth.signed_in&limit=1", tenant.token())
                        .body())
                .contains("oidc:local");

        // Linked now: the subject finds the user even after the address changed at the provider.
        provider.nextLogin(subject, "renamed-" + UUID.randomUUID() + "@elsewhere.example", true);
        assertThat(new Browser().signInWithProvider()).isNotNull();
    }

    @Test
    void unknownAndUnverifiedAddressesAreRefused() throws Exception {
        provider.nextLogin("sub-" + UUID.randomUUID(), "stranger-" + UUID.randomUUID() + "@example.com", true);
        Browser stranger = new Browser();
        assertThat(stranger.signInWithProvider()).isNull();
        assertThat(stranger.lastBody).contains("no Switchboard account");

        Tenant tenant = signUp();
        provider.nextLogin("sub-" + UUID.randomUUID(), tenant.email(), false);
        Browser unverified = new Browser();
        assertThat(unverified.signInWithProvider()).isNull();
        assertThat(unverified.lastBody).contains("does not confirm your e-mail address");
    }

    @Test
    void aCallbackWithoutTheBrowsersStateIsRefused() throws Exception {
        Tenant tenant = signUp();
        provider.nextLogin("sub-" + UUID.randomUUID(), tenant.email(), true);
        Browser victim = new Browser();
        HttpResponse<String> start = victim.get(api.base() + "/sign-in/oidc/local");
        HttpResponse<String> back =
                victim.get(start.headers().firstValue("Location").orElseThrow());
        // An attacker replays the callback URL in another browser (no state cookie): refused.
        HttpResponse<String> replay =
                new Browser().get(back.headers().firstValue("Location").orElseThrow());
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("did not complete");
        assertThat(new Browser().get(api.base() + "/sign-in/oidc/nope").statusCode())
                .isEqualTo(404);
    }

    /** A cookie-keeping client that follows redirects by hand, like a browser would. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String lastBody = "";

        /** Runs the whole redirect dance; answers the access token cookie, or null if refused. */
        String signInWithProvider() throws IOException, InterruptedException {
            HttpResponse<String> response = get(api.base() + "/sign-in/oidc/local");
            for (int hops = 0; hops < 5 && response.statusCode() == 302; hops++) {
                String location = response.headers().firstValue("Location").orElseThrow();
                if (location.equals("/")
                        || location.startsWith(api.base() + "/?")
                        || location.equals(api.base() + "/")) {
                    return accessCookie();
                }
                response = get(location.startsWith("/") ? api.base() + location : location);
            }
            lastBody = response.body();
            return null;
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String accessCookie() {
            return ((CookieManager) http.cookieHandler().orElseThrow())
                    .getCookieStore().getCookies().stream()
                            .filter(c -> c.getName().equals("SB_ACCESS"))
                            .map(java.net.HttpCookie::getValue)
                            .findFirst()
                            .orElse(null);
        }
    }
}
