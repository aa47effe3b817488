package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_PROVIDERS;

import io.switchboard.db.tables.records.MessagingProvidersRecord;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.ProviderAccount;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.Ids;
import io.switchboard.shared.JsonColumns;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Provider accounts, one per channel. Secrets are sealed with the organization and channel as
 * associated data, so a sealed value copied to another row does not open.
 */
@Repository
public class ProviderStore {

    private final DSLContext db;
    private final JsonColumns json;
    private final SecretBox box;
    private final MessagingProperties properties;

    ProviderStore(DSLContext db, JsonColumns json, SecretBox box, MessagingProperties properties) {
        this.db = db;
        this.json = json;
        this.box = box;
        this.properties = properties;
    }

    /** The account with this id, in the current organization. */
    public Optional<ProviderAccount> find(UUID id) {
        return db.selectFrom(MESSAGING_PROVIDERS)
                .where(MESSAGING_PROVIDERS.ID.eq(id))
                .fetchOptional()
                .map(this::toAccount);
    }

    public Optional<ProviderAccount> find(Channel channel) {
        return record(channel).map(this::toAccount);
    }

    /** The account's secrets, opened, for the provider that sends with them. */
    public Map<String, Object> secrets(Channel channel) {
        return record(channel)
                .filter(r -> r.getSecretsSealed() != null)
                .map(r -> json.readMap(org.jooq.JSONB.valueOf(box.open(r.getSecretsSealed(), context(channel)))))
                .orElse(Map.of());
    }

    /** Creates or replaces the channel's account; secrets left out keep the ones stored. */
    public ProviderAccount put(
            Channel channel,
            ProviderType kind,
            Map<String, Object> config,
            @Nullable Map<String, Object> secrets,
            int perMinute) {
        MessagingProvidersRecord r = record(channel).orElseGet(() -> {
            MessagingProvidersRecord fresh = db.newRecord(MESSAGING_PROVIDERS);
            fresh.setOrganizationId(TenantContext.require().value());
            fresh.setId(Ids.next());
            fresh.setChannel(channel.toString());
            return fresh;
        });
        r.setKind(kind.toString());
        r.setConfig(json.write(config));
        r.setPerMinute(perMinute);
        if (secrets != null) {
            r.setSecretsSealed(box.seal(json.write(secrets).data(), context(channel)));
        }
        r.store();
        return toAccount(r);
    }

    public boolean remove(Channel channel) {
        return db.deleteFrom(MESSAGING_PROVIDERS)
                        .where(MESSAGING_PROVIDERS.CHANNEL.eq(channel.toString()))
                        .execute()
                > 0;
    }

    private Optional<MessagingProvidersRecord> record(Channel channel) {
        return db.selectFrom(MESSAGING_PROVIDERS)
                .where(MESSAGING_PROVIDERS.CHANNEL.eq(channel.toString()))
                .fetchOptional();
    }

    private ProviderAccount toAccount(MessagingProvidersRecord r) {
        ProviderType kind = ProviderType.fromCode(r.getKind());
        return new ProviderAccount(
                r.getId(),
                Channel.fromCode(r.getChannel()),
                kind,
                json.readMap(r.getConfig()),
                r.getSecretsSealed() != null,
                r.getPerMinute(),
                r.getUpdatedAt().toInstant(),
                kind == ProviderType.SIMULATED ? null : webhookUrl(kind, r));
    }

    /** Per account, so that a report is checked with the secret of the account it is about. */
    private String webhookUrl(ProviderType kind, MessagingProvidersRecord r) {
        return properties.base() + "/api/v1/webhooks/messaging/" + kind + "?org=" + r.getOrganizationId() + "&account="
                + r.getId();
    }

    private static String context(Channel channel) {
        return "messaging-provider:" + TenantContext.require().value() + ":" + channel;
    }
}
