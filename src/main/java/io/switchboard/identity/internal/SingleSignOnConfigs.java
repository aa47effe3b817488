package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.ORGANIZATION_SSO;
import static io.switchboard.db.Tables.ORGANIZATION_SSO_LOOKUP;
import static io.switchboard.db.Tables.USER_IDENTITIES;

import io.switchboard.db.tables.records.OrganizationSsoRecord;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each organization's single sign-on provider (table {@code organization_sso}, one row at most). */
@Repository
public class SingleSignOnConfigs {

    private final DSLContext db;

    SingleSignOnConfigs(DSLContext db) {
        this.db = db;
    }

    /** One organization's provider; the client secret as sealed by {@code SecretBox}. */
    public record Config(
            String issuerUri, String clientId, byte[] sealedSecret, boolean enabled, List<String> allowedEmailDomains) {

        public boolean allows(String email) {
            return allowedEmailDomains.isEmpty()
                    || allowedEmailDomains.contains(email.substring(email.lastIndexOf('@') + 1));
        }
    }

    public Optional<Config> current() {
        return db.selectFrom(ORGANIZATION_SSO).fetchOptional().map(SingleSignOnConfigs::config);
    }

    public void save(Config config) {
        OrganizationSsoRecord record = db.newRecord(ORGANIZATION_SSO);
        record.setOrganizationId(TenantContext.require().value());
        record.setIssuerUri(config.issuerUri());
        record.setClientId(config.clientId());
        record.setClientSecretEncrypted(config.sealedSecret());
        record.setEnabled(config.enabled());
        record.setAllowedEmailDomains(config.allowedEmailDomains().toArray(String[]::new));
        db.insertInto(ORGANIZATION_SSO)
                .set(record)
                .onConflict(ORGANIZATION_SSO.ORGANIZATION_ID)
                .doUpdate()
                .set(record)
                .execute();
    }

    public boolean delete() {
        return db.deleteFrom(ORGANIZATION_SSO).execute() > 0;
    }

    /** The organizations with single sign-on on that an id or an e-mail domain names, across tenants. */
    public List<OrganizationId> lookup(String key) {
        return db.selectFrom(ORGANIZATION_SSO_LOOKUP.call(key))
                .limit(2)
                .fetch(r -> OrganizationId.of(r.getOrganizationId()));
    }

    /**
     * Forgets which provider accounts are linked to this organization's users: after a change of
     * provider, a subject at the new one is a stranger, however it is spelt.
     */
    public void unlinkIdentities(String provider) {
        db.deleteFrom(USER_IDENTITIES)
                .where(USER_IDENTITIES.PROVIDER.eq(provider))
                .execute();
    }

    private static Config config(OrganizationSsoRecord r) {
        return new Config(
                r.getIssuerUri(),
                r.getClientId(),
                r.getClientSecretEncrypted(),
                r.getEnabled(),
                List.of(r.getAllowedEmailDomains()));
    }
}
