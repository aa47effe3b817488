package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.ORGANIZATION_SECURITY;

import io.switchboard.identity.IpAllowlist;
import io.switchboard.identity.SecuritySettings;
import io.switchboard.identity.TwoFactorPolicy;
import io.switchboard.shared.TenantContext;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class SecuritySettingsStore {

    private final DSLContext db;

    SecuritySettingsStore(DSLContext db) {
        this.db = db;
    }

    public SecuritySettings current() {
        return db.selectFrom(ORGANIZATION_SECURITY)
                .fetchOptional()
                .map(r -> new SecuritySettings(
                        TwoFactorPolicy.fromCode(r.getTwoFactorPolicy()),
                        new IpAllowlist(Arrays.asList(r.getIpAllowlist()))))
                .orElseGet(SecuritySettings::defaults);
    }

    public void save(SecuritySettings settings) {
        String[] blocks = settings.ipAllowlist().blocks().toArray(String[]::new);
        db.insertInto(ORGANIZATION_SECURITY)
                .set(
                        ORGANIZATION_SECURITY.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(
                        ORGANIZATION_SECURITY.TWO_FACTOR_POLICY,
                        settings.twoFactorPolicy().toString())
                .set(ORGANIZATION_SECURITY.IP_ALLOWLIST, blocks)
                .onConflict(ORGANIZATION_SECURITY.ORGANIZATION_ID)
                .doUpdate()
                .set(
                        ORGANIZATION_SECURITY.TWO_FACTOR_POLICY,
                        settings.twoFactorPolicy().toString())
                .set(ORGANIZATION_SECURITY.IP_ALLOWLIST, blocks)
                .execute();
    }
}
