package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.VOICE_PROVIDER_ACCOUNTS;

import io.switchboard.db.tables.records.VoiceProviderAccountsRecord;
import io.switchboard.telephony.ProviderKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class ProviderAccounts {

    private final DSLContext db;

    ProviderAccounts(DSLContext db) {
        this.db = db;
    }

    public VoiceProviderAccountsRecord newRecord() {
        return db.newRecord(VOICE_PROVIDER_ACCOUNTS);
    }

    public List<VoiceProviderAccountsRecord> all() {
        return db.selectFrom(VOICE_PROVIDER_ACCOUNTS).fetch();
    }

    public void insertIfAbsent(
            UUID organization, ProviderKind provider, JSONB config, byte @Nullable [] webhookSecret) {
        db.insertInto(VOICE_PROVIDER_ACCOUNTS)
                .set(VOICE_PROVIDER_ACCOUNTS.ORGANIZATION_ID, organization)
                .set(VOICE_PROVIDER_ACCOUNTS.PROVIDER, provider.toString())
                .set(VOICE_PROVIDER_ACCOUNTS.CONFIG, config)
                .set(VOICE_PROVIDER_ACCOUNTS.WEBHOOK_SECRET_ENCRYPTED, webhookSecret)
                .onConflictDoNothing()
                .execute();
    }

    public Optional<VoiceProviderAccountsRecord> find(ProviderKind provider) {
        return db.selectFrom(VOICE_PROVIDER_ACCOUNTS)
                .where(VOICE_PROVIDER_ACCOUNTS.PROVIDER.eq(provider.toString()))
                .fetchOptional();
    }
}
