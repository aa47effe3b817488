package io.switchboard.telephony;

import io.switchboard.db.tables.records.VoiceProviderAccountsRecord;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.JsonColumns;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.ProviderAccounts;
import io.switchboard.telephony.internal.simulated.SimulationSettings;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each organization's accounts with the voice providers. The provider's API secret and the
 * webhook signing secret are stored encrypted and bound to the organization; they are never shown
 * again once saved (a new webhook secret is shown once, when it is generated). Accounts are cached
 * for a few seconds on each node, because every webhook needs its account.
 */
@Service
public class VoiceProviderSettings {

    private static final Duration CACHE_TTL = Duration.ofSeconds(10);
    private static final int MAX_CONFIG_KEYS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProviderAccounts accounts;
    private final SecretBox secrets;
    private final JsonColumns json;
    private final TelephonyProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    VoiceProviderSettings(
            ProviderAccounts accounts,
            SecretBox secrets,
            JsonColumns json,
            TelephonyProperties properties,
            Clock clock,
            TransactionTemplate tx) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.tx = tx;
    }

    private record Key(UUID organization, ProviderKind provider) {}

    private record Cached(ProviderAccount account, boolean enabled, Instant until) {}

    @Transactional(readOnly = true)
    public List<VoiceProviderAccount> all() {
        Map<ProviderKind, VoiceProviderAccountsRecord> stored = new java.util.EnumMap<>(ProviderKind.class);
        accounts.all().forEach(r -> stored.put(ProviderKind.fromCode(r.getProvider()), r));
        return Arrays.stream(ProviderKind.values())
                .map(p -> stored.containsKey(p) ? view(stored.get(p)) : unset(p))
                .toList();
    }

    @Transactional
    public VoiceProviderAccount update(ProviderKind provider, VoiceProviderChanges changes) {
        VoiceProviderAccountsRecord record = accounts.find(provider).orElseGet(() -> create(provider));
        UUID organization = record.getOrganizationId();
        if (changes.enabled() != null) {
            record.setEnabled(changes.enabled().orElse(false));
        }
        if (changes.config() != null) {
            record.setConfig(json.write(validConfig(provider, changes.config().orElse(Map.of()))));
        }
        if (changes.authToken() != null) {
            record.setAuthTokenEncrypted(seal(changes.authToken().orElse(null), organization, provider, "auth-token"));
        }
        if (changes.webhookSecret() != null) {
            record.setWebhookSecretEncrypted(
                    seal(changes.webhookSecret().orElse(null), organization, provider, "webhook-secret"));
        }
        record.store();
        cache.remove(new Key(organization, provider));
        return view(record);
    }

    /** Generates a new webhook signing secret; the answer is the only time it is shown. */
    @Transactional
    public String rotateWebhookSecret(ProviderKind provider) {
        VoiceProviderAccountsRecord record = accounts.find(provider).orElseGet(() -> create(provider));
        String secret = newSecret();
        record.setWebhookSecretEncrypted(seal(secret, record.getOrganizationId(), provider, "webhook-secret"));
        record.store();
        cache.remove(new Key(record.getOrganizationId(), provider));
        return secret;
    }

    /**
     * The current organization's account with its secrets, for placing a call or checking a
     * webhook. The simulator's account is created on first use with a fresh webhook secret.
     *
     * @throws ProviderException when the provider is not configured or is disabled
     */
    public ProviderAccount account(ProviderKind provider) {
        Key key = new Key(TenantContext.require().value(), provider);
        Cached cached = cache.get(key);
        if (cached == null || cached.until().isBefore(clock.instant())) {
            // A transaction only on a miss: every webhook asks, and most find it cached.
            cached = tx.execute(status -> load(provider));
            cache.put(key, cached);
        }
        if (!cached.enabled()) {
            throw new ProviderException(false, "provider_disabled", provider + " is disabled for this organization");
        }
        return cached.account();
    }

    /** The webhook URL of this organization for a provider (what its console must be given). */
    public String webhookUrl(ProviderKind provider) {
        return webhookUrl(provider, TenantContext.require().value(), null);
    }

    /** The webhook URL of one call: it names the organization and the call. */
    public String webhookUrl(ProviderKind provider, UUID organization, @Nullable CallId call) {
        return properties.publicUrl().replaceAll("/+$", "")
                + "/api/v1/webhooks/" + provider + "?org=" + organization
                + (call == null ? "" : "&call=" + call);
    }

    private Cached load(ProviderKind provider) {
        Optional<VoiceProviderAccountsRecord> stored = accounts.find(provider);
        if (stored.isEmpty() && provider != ProviderKind.SIMULATED) {
            throw new ProviderException(
                    false, "provider_not_configured", provider + " is not configured for this organization");
        }
        VoiceProviderAccountsRecord record = stored.orElseGet(() -> {
            UUID organization = TenantContext.require().value();
            // Concurrent first webhooks may race here: the first insert wins, the others read it.
            accounts.insertIfAbsent(
                    organization,
                    provider,
                    json.write(Map.of()),
                    seal(newSecret(), organization, provider, "webhook-secret"));
            return accounts.find(provider).orElseThrow();
        });
        UUID organization = record.getOrganizationId();
        ProviderAccount account = new ProviderAccount(
                organization,
                provider,
                json.readMap(record.getConfig()),
                open(record.getAuthTokenEncrypted(), organization, provider, "auth-token"),
                open(record.getWebhookSecretEncrypted(), organization, provider, "webhook-secret"));
        return new Cached(account, record.getEnabled(), clock.instant().plus(CACHE_TTL));
    }

    private VoiceProviderAccountsRecord create(ProviderKind provider) {
        VoiceProviderAccountsRecord record = accounts.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setProvider(provider.toString());
        record.setEnabled(true);
        record.setConfig(json.write(Map.of()));
        if (provider == ProviderKind.SIMULATED) {
            // The simulator signs its own webhooks: it needs a secret from the start, as on first use.
            record.setWebhookSecretEncrypted(seal(newSecret(), record.getOrganizationId(), provider, "webhook-secret"));
        }
        return record;
    }

    private VoiceProviderAccount view(VoiceProviderAccountsRecord r) {
        ProviderKind provider = ProviderKind.fromCode(r.getProvider());
        return new VoiceProviderAccount(
                provider,
                r.getEnabled(),
                json.readMap(r.getConfig()),
                r.getAuthTokenEncrypted() != null,
                r.getWebhookSecretEncrypted() != null,
                webhookUrl(provider, r.getOrganizationId(), null));
    }

    private VoiceProviderAccount unset(ProviderKind provider) {
        return new VoiceProviderAccount(
                provider,
                provider == ProviderKind.SIMULATED,
                Map.of(),
                false,
                false,
                webhookUrl(provider, TenantContext.require().value(), null));
    }

    static Map<String, Object> validConfig(ProviderKind provider, Map<String, Object> config) {
        if (config.size() > MAX_CONFIG_KEYS) {
            throw new InvalidInput("config", "invalid_config", "at most " + MAX_CONFIG_KEYS + " settings");
        }
        for (var entry : config.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                if (provider != ProviderKind.SIMULATED) {
                    throw new InvalidInput(
                            "config." + entry.getKey(), "invalid_config", "must be text, a number or true/false");
                }
            } else if (value instanceof String text && text.length() > 2000) {
                throw new InvalidInput("config." + entry.getKey(), "invalid_config", "at most 2000 characters");
            }
            if (entry.getKey().endsWith("_url")
                    && !(value instanceof String url && (url.startsWith("http://") || url.startsWith("https://")))) {
                throw new InvalidInput("config." + entry.getKey(), "invalid_config", "must be an http(s) URL");
            }
        }
        if (provider == ProviderKind.SIMULATED) {
            SimulationSettings.from(config);
        }
        return config;
    }

    private byte @Nullable [] seal(@Nullable String secret, UUID organization, ProviderKind provider, String what) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        return secrets.seal(secret.strip(), context(organization, provider, what));
    }

    private @Nullable String open(byte @Nullable [] sealed, UUID organization, ProviderKind provider, String what) {
        return sealed == null ? null : secrets.open(sealed, context(organization, provider, what));
    }

    private static String context(UUID organization, ProviderKind provider, String what) {
        return "voice-provider/" + organization + "/" + provider + "/" + what;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
