package io.switchboard.telephony;

import io.switchboard.audit.SecurityEvent;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.SecurityEvents;
import io.switchboard.audit.Severity;
import io.switchboard.shared.InvalidInput;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.internal.WebhookEvents;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookReply;
import io.switchboard.telephony.provider.WebhookRequest;
import io.switchboard.tenancy.OrganizationId;
import io.switchboard.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives provider webhooks: finds the organization (the {@code org} parameter of the URL
 * Switchboard gave the provider, else the owner of the called number), checks the provider's
 * signature with that organization's secret, then stores each event and applies it in one
 * transaction. A redelivery finds its key already stored and changes nothing; an event whose
 * processing fails stays stored as pending and is retried by {@link TelephonyJobs}.
 */
@Service
public class WebhookIngest {

    private static final Logger log = LoggerFactory.getLogger(WebhookIngest.class);

    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final WebhookEvents webhooks;
    private final CallLocator locator;
    private final CallProgress progress;
    private final Numbers numbers;
    private final SecurityEvents security;
    private final TransactionTemplate tx;

    WebhookIngest(
            VoiceProviders providers,
            VoiceProviderSettings settings,
            WebhookEvents webhooks,
            CallLocator locator,
            CallProgress progress,
            Numbers numbers,
            SecurityEvents security,
            TransactionTemplate tx) {
        this.providers = providers;
        this.settings = settings;
        this.webhooks = webhooks;
        this.locator = locator;
        this.progress = progress;
        this.numbers = numbers;
        this.security = security;
        this.tx = tx;
    }

    public WebhookReply receive(ProviderKind kind, WebhookRequest request) {
        VoiceProvider provider = providers.get(kind);
        OrganizationId organization = organization(provider, request);
        return TenantContext.callAs(organization, () -> {
            ProviderAccount account = account(kind);
            if (!provider.verify(request, account)) {
                security.record(new SecurityEvent.Report(
                        SecurityEventKind.WEBHOOK_SIGNATURE_INVALID,
                        Severity.WARNING,
                        null,
                        null,
                        Map.of("provider", kind.toString())));
                throw new WebhookRefused("invalid_signature", "the webhook's signature is missing or wrong");
            }
            List<ProviderEvent> events;
            try {
                events = provider.parse(request);
            } catch (IllegalArgumentException e) {
                keepUnreadable(kind, request, e.getMessage());
                throw new InvalidInput(
                        "invalid_webhook", "the payload is not a " + kind + " webhook: " + e.getMessage());
            }
            UUID hint = reference(request.queryParameter("call"));
            for (ProviderEvent event : events) {
                ingest(kind, request, event, hint);
            }
            return provider.reply(request, events);
        });
    }

    private void ingest(ProviderKind kind, WebhookRequest request, ProviderEvent event, @Nullable UUID hint) {
        tx.executeWithoutResult(status -> {
            Optional<UUID> stored = webhooks.insertProcessed(
                    kind, event.eventKey(), request.contentType(), query(request), request.body());
            if (stored.isEmpty()) {
                return; // a redelivery: already stored, and applied or waiting for a retry
            }
            Object savepoint = status.createSavepoint();
            try {
                UUID call = apply(kind, event, hint, stored.get());
                webhooks.processed(stored.get(), call);
                status.releaseSavepoint(savepoint);
            } catch (RuntimeException e) {
                status.rollbackToSavepoint(savepoint);
                log.warn(
                        "webhook {} {} stored; processing failed, will retry: {}",
                        kind,
                        event.eventKey(),
                        e.toString());
                webhooks.failed(stored.get(), String.valueOf(e.getMessage()), 1, TelephonyJobs.retryDelay(1), false);
            }
        });
    }

    /** Applies one stored event to its call (also used by the retry job). */
    UUID apply(ProviderKind kind, ProviderEvent event, @Nullable UUID hint, UUID webhookEvent) {
        var call = locator.lockFor(kind, event, hint)
                .orElseThrow(() -> new IllegalStateException("no call matches this event yet"));
        progress.apply(call, event, "provider", webhookEvent);
        return call.getId();
    }

    private OrganizationId organization(VoiceProvider provider, WebhookRequest request) {
        String org = request.queryParameter("org");
        if (org != null) {
            UUID id = reference(org);
            if (id == null) {
                throw new WebhookRefused("unknown_organization", "the org parameter is not an organization id");
            }
            return OrganizationId.of(id);
        }
        // An inbound call to a number whose webhook URL was configured without the org parameter.
        try {
            for (ProviderEvent event : provider.parse(request)) {
                if (event.to() != null) {
                    var owner = tx.execute(s -> numbers.owner(event.to()));
                    if (owner != null && owner.isPresent()) {
                        return OrganizationId.of(owner.get().organizationId());
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            log.debug("unreadable webhook without organization: {}", e.getMessage());
        }
        throw new WebhookRefused("unknown_organization", "the webhook names no organization and no known number");
    }

    private ProviderAccount account(ProviderKind kind) {
        try {
            return settings.account(kind);
        } catch (ProviderException e) {
            throw new WebhookRefused(e.code(), e.getMessage());
        } catch (DataIntegrityViolationException e) {
            // The simulator's account is created on first use; that fails for a made-up organization.
            throw new WebhookRefused("unknown_organization", "no such organization");
        }
    }

    private void keepUnreadable(ProviderKind kind, WebhookRequest request, @Nullable String why) {
        tx.executeWithoutResult(status -> webhooks.insertProcessed(
                        kind,
                        "unreadable:" + sha256(request.body()),
                        request.contentType(),
                        query(request),
                        request.body())
                .ifPresent(id -> webhooks.failed(id, "unreadable: " + why, 1, TelephonyJobs.retryDelay(1), true)));
    }

    private static @Nullable String query(WebhookRequest request) {
        String query = WebhookRequest.rawQuery(request.url());
        return query.isEmpty() || query.length() > 4000 ? null : query;
    }

    private static @Nullable UUID reference(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
