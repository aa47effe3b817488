package io.switchboard.identity;

import static io.switchboard.db.Tables.ORGANIZATION_SSO;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.identity.internal.OrganizationClientRegistrations;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import io.switchboard.support.LocalOidcProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The organization's single sign-on settings over the API: admins only, per tenant, secret sealed. */
class SingleSignOnSettingsIT extends ApiTest {

    static final String PATH = "/api/v1/organization/sso";

    final LocalOidcProvider provider = LocalOidcProvider.ensure();

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SecretBox secrets;

    @Test
    void anAdminSetsTheProviderAndTheSecretIsNeverReadBackButStoredSealed() {
        Tenant tenant = signUp();
        var saved = put(tenant, settings(" Corp.Example "));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var read = api.get(PATH, tenant.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("issuer_uri")).isEqualTo(provider.issuer());
        assertThat(read.text("client_id")).isEqualTo(LocalOidcProvider.CLIENT_ID);
        assertThat(read.json().path("client_secret_set").asBoolean()).isTrue();
        assertThat(read.json().path("enabled").asBoolean()).isTrue();
        assertThat(read.json().path("allowed_email_domains").get(0).asString()).isEqualTo("corp.example");
        assertThat(read.text("redirect_uri")).endsWith("/sign-in/oidc/" + tenant.organizationId() + "/callback");
        assertThat(read.json().has("client_secret")).isFalse();
        assertThat(saved.body() + read.body()).doesNotContain(LocalOidcProvider.CLIENT_SECRET);

        byte[] sealed = sealedSecret(tenant);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(LocalOidcProvider.CLIENT_SECRET);
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        assertThat(secrets.open(sealed, OrganizationClientRegistrations.secretContext(organization)))
                .isEqualTo(LocalOidcProvider.CLIENT_SECRET);

        // Leaving the secret out keeps it; the change is in the audit trail, the secret redacted.
        var kept = put(tenant, Map.of("issuer_uri", provider.issuer(), "client_id", "renamed", "enabled", false));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(sealedSecret(tenant)).isEqualTo(sealed);
        var audit = api.get("/api/v1/audit?entity_type=organization_sso", tenant.token());
        assertThat(audit.body()).contains("organization_sso.created", "organization_sso.updated", "renamed");
        assertThat(audit.body()).doesNotContain(LocalOidcProvider.CLIENT_SECRET);

        assertThat(api.delete(PATH, tenant.token()).status()).isEqualTo(204);
        assertProblem(api.get(PATH, tenant.token()), 404, "not_found");
    }

    @Test
    void anotherOrganizationSeesOnlyItsOwn() {
        Tenant tenant = signUp();
        assertThat(put(tenant, settings()).status()).isEqualTo(200);
        Tenant other = signUp();
        assertProblem(api.get(PATH, other.token()), 404, "not_found");

        assertThat(put(
                                other,
                                Map.of(
                                        "issuer_uri", provider.issuer(),
                                        "client_id", "other-client",
                                        "client_secret", "other-secret"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get(PATH, other.token()).text("client_id")).isEqualTo("other-client");
        assertThat(api.get(PATH, tenant.token()).text("client_id")).isEqualTo(LocalOidcProvider.CLIENT_ID);
        // Deleting one organization's settings leaves the other's.
        assertThat(api.delete(PATH, other.token()).status()).isEqualTo(204);
        assertThat(api.get(PATH, tenant.token()).status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsMayReadOrChangeIt() {
        Tenant tenant = signUp();
        assertThat(put(tenant, settings()).status()).isEqualTo(200);
        for (String role : List.of("manager", "agent")) {
            Member member = join(tenant, role);
            assertProblem(api.get(PATH, member.token()), 403, "permission_denied");
            assertProblem(api.send("PUT", PATH, settings(), member.token(), Map.of()), 403, "permission_denied");
            assertProblem(api.delete(PATH, member.token()), 403, "permission_denied");
        }
        assertThat(api.get(PATH, tenant.token()).text("client_id")).isEqualTo(LocalOidcProvider.CLIENT_ID);
    }

    @Test
    void aBadIssuerIsRefusedAndNothingIsStored() {
        Tenant tenant = signUp();
        for (String issuer : List.of("http://login.example.com", "not a url", "ftp://127.0.0.1", "https://x/?a=b")) {
            var refused = put(tenant, Map.of("issuer_uri", issuer, "client_id", "c", "client_secret", "s"));
            assertProblem(refused, 400, "invalid_issuer");
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("issuer_uri");
        }
        // Well formed, but no OpenID Connect provider answers there.
        assertProblem(
                put(tenant, Map.of("issuer_uri", "http://127.0.0.1:9", "client_id", "c", "client_secret", "s")),
                400,
                "issuer_unreachable");
        assertProblem(
                put(tenant, Map.of("issuer_uri", provider.issuer(), "client_id", "c")), 400, "client_secret_required");
        assertProblem(put(tenant, settings("not a domain")), 400, "invalid_domain");
        assertProblem(api.get(PATH, tenant.token()), 404, "not_found");
        Integer stored = TenantContext.callAs(
                OrganizationId.of(UUID.fromString(tenant.organizationId())),
                () -> tx.execute(s -> db.fetchCount(ORGANIZATION_SSO)));
        assertThat(stored).isZero();
    }

    private Map<String, Object> settings(String... domains) {
        return Map.of(
                "issuer_uri",
                provider.issuer(),
                "client_id",
                LocalOidcProvider.CLIENT_ID,
                "client_secret",
                LocalOidcProvider.CLIENT_SECRET,
                "allowed_email_domains",
                List.of(domains));
    }

    private io.switchboard.support.Api.Response put(Tenant tenant, Map<String, Object> body) {
        return api.send("PUT", PATH, body, tenant.token(), Map.of());
    }

    private byte[] sealedSecret(Tenant tenant) {
        return TenantContext.callAs(
                OrganizationId.of(UUID.fromString(tenant.organizationId())),
                () -> tx.execute(s -> db.select(ORGANIZATION_SSO.CLIENT_SECRET_ENCRYPTED)
                        .from(ORGANIZATION_SSO)
                        .fetchOne(ORGANIZATION_SSO.CLIENT_SECRET_ENCRYPTED)));
    }
}
