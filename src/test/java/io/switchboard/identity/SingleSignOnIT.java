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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Single sign-on through each organization's own provider, a real one running inside the test. */
class SingleSignOnIT extends ApiTest {

    final LocalOidcProvider provider = LocalOidcProvider.ensure();

    @Autowired
    SingleSignOn singleSignOn;

    @Test
    void anExistingUserSignsInWithTheProviderByVerifiedEmailAndThenBySubject() throws Exception {
        Tenant tenant = signUpWithSso();
        String subject = "sub-" + UUID.randomUUID();
        provider.nextLogin(subject, tenant.email(), true);
        Browser browser = new Browser();
        String access = browser.signInWithProvider(tenant);
        assertThat(access).as(browser.lastBody).isNotNull();
        assertThat(api.get("/api/v1/me", access).json().path("user").path("id").asString())
                .isEqualTo(tenant.adminId());
        assertThat(api.get("/api/v1/audit?action=auth.signed_in&limit=1", tenant.token())
                        .body())
                .contains("oidc:127.0.0.1");

        // Linked now: the subject finds the user even after the address changed at the provider.
        String renamed = "renamed-" + UUID.randomUUID() + "@elsewhere.example";
        provider.nextLogin(subject, renamed, true);
        assertThat(new Browser().signInWithProvider(tenant)).isNotNull();

        // Removed and set up again: the links went with the old settings, the subject is a stranger.
        assertThat(api.delete("/api/v1/organization/sso", tenant.token()).status())
                .isEqualTo(204);
        configure(tenant, Map.of());
        provider.nextLogin(subject, renamed, true);
        Browser after = new Browser();
        assertThat(after.signInWithProvider(tenant)).isNull();
        assertThat(after.lastBody).contains("no Switchboard account");
    }

    @Test
    void aDisabledProviderSendsNobodyAnywhere() throws Exception {
        Tenant tenant = signUpWithSso(Map.of("enabled", false));
        assertThat(new Browser()
                        .get(api.base() + "/sign-in/oidc/" + tenant.organizationId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(singleSignOn.registrationFor(tenant.organizationId())).isEmpty();
    }

    @Test
    void unknownUnverifiedAndOtherOrganizationsAddressesAreRefused() throws Exception {
        Tenant tenant = signUpWithSso();
        provider.nextLogin("sub-" + UUID.randomUUID(), "stranger-" + UUID.randomUUID() + "@example.com", true);
        Browser stranger = new Browser();
        assertThat(stranger.signInWithProvider(tenant)).isNull();
        assertThat(stranger.lastStatus).isEqualTo(401);
        assertThat(stranger.lastBody).contains("no Switchboard account");

        provider.nextLogin("sub-" + UUID.randomUUID(), tenant.email(), false);
        Browser unverified = new Browser();
        assertThat(unverified.signInWithProvider(tenant)).isNull();
        assertThat(unverified.lastBody).contains("does not confirm your e-mail address");

        // A provider vouches for its own organization's people only, even for a real account elsewhere.
        Tenant other = signUp();
        provider.nextLogin("sub-" + UUID.randomUUID(), other.email(), true);
        Browser elsewhere = new Browser();
        assertThat(elsewhere.signInWithProvider(tenant)).isNull();
        assertThat(elsewhere.lastBody).contains("no Switchboard account of this organization");
    }

    @Test
    void onlyAllowedDomainsSignIn() throws Exception {
        Tenant tenant = signUpWithSso(Map.of("allowed_email_domains", java.util.List.of("corp.example")));
        provider.nextLogin("sub-" + UUID.randomUUID(), tenant.email(), true);
        Browser browser = new Browser();
        assertThat(browser.signInWithProvider(tenant)).isNull();
        assertThat(browser.lastBody).contains("does not allow single sign-on for");
    }

    @Test
    void aCallbackWithoutTheBrowsersStateIsRefused() throws Exception {
        Tenant tenant = signUpWithSso();
        provider.nextLogin("sub-" + UUID.randomUUID(), tenant.email(), true);
        Browser victim = new Browser();
        HttpResponse<String> start = victim.get(api.base() + "/sign-in/oidc/" + tenant.organizationId());
        HttpResponse<String> back =
                victim.get(start.headers().firstValue("Location").orElseThrow());
        // An attacker replays the callback URL in another browser (no state cookie): refused.
        HttpResponse<String> replay =
                new Browser().get(back.headers().firstValue("Location").orElseThrow());
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("did not complete");
        assertThat(new Browser().get(api.base() + "/sign-in/oidc/nope").statusCode())
                .isEqualTo(404);
        // An organization without single sign-on has no provider to go to.
        assertThat(new Browser()
                        .get(api.base() + "/sign-in/oidc/" + signUp().organizationId())
                        .statusCode())
                .isEqualTo(404);
        assertThat(new Browser().get(api.base() + "/sign-in/sso/finish").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theOrganizationIsFoundByItsIdOrAnAllowedDomainButNotByAnAmbiguousOne() {
        String domain = "sso-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        Tenant tenant = signUpWithSso(Map.of("allowed_email_domains", java.util.List.of(domain)));
        assertThat(singleSignOn.registrationFor("jane@" + domain.toUpperCase(java.util.Locale.ROOT)))
                .contains(tenant.organizationId());
        assertThat(singleSignOn.registrationFor(tenant.organizationId())).contains(tenant.organizationId());
        assertThat(singleSignOn.registrationFor("unknown.example")).isEmpty();

        signUpWithSso(Map.of("allowed_email_domains", java.util.List.of(domain)));
        assertThat(singleSignOn.registrationFor(domain))
                .as("two organizations claim it")
                .isEmpty();
    }

    private Tenant signUpWithSso() {
        return signUpWithSso(Map.of());
    }

    private Tenant signUpWithSso(Map<String, Object> extra) {
        Tenant tenant = signUp();
        configure(tenant, extra);
        return tenant;
    }

    private void configure(Tenant tenant, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(Map.of(
                "issuer_uri", provider.issuer(),
                "client_id", LocalOidcProvider.CLIENT_ID,
                "client_secret", LocalOidcProvider.CLIENT_SECRET));
        body.putAll(extra);
        var saved = api.send("PUT", "/api/v1/organization/sso", body, tenant.token(), Map.of());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    /** A cookie-keeping client that follows redirects by hand, like a browser would. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String lastBody = "";
        int lastStatus;

        /** Runs the whole redirect dance; answers the access token cookie, or null if refused. */
        String signInWithProvider(Tenant tenant) throws IOException, InterruptedException {
            HttpResponse<String> response = get(api.base() + "/sign-in/oidc/" + tenant.organizationId());
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
            lastStatus = response.statusCode();
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
