package io.switchboard.telephony.internal.webhooks;

import io.switchboard.audit.SecurityEvent;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.SecurityEvents;
import io.switchboard.audit.Severity;
import io.switchboard.shared.CallerContext;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Signatures;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.VoiceProviderSettings;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookReply;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * signature with that organization's secret, then stores each event (durably, through {@link
 * WebhookInbox}: the provider is answered after the commit) for {@link WebhookApplier}, which applies
 * it moments later. A
 * redelivery finds its key already stored and changes nothing; an event that cannot be applied yet
 * stays stored as pending and is retried.
 */
@Service
public class WebhookIngest {

    private static final Logger log = LoggerFactory.getLogger(WebhookIngest.class);
    static final Duration REPEATS_WINDOW = Duration.ofMinutes(10);

    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final WebhookEvents webhooks;
    private final WebhookInbox inbox;
    private final Numbers numbers;
    private final SecurityEvents security;
    private final TransactionTemplate tx;

    WebhookIngest(
            VoiceProviders providers,
            VoiceProviderSettings settings,
            WebhookEvents webhooks,
            WebhookInbox inbox,
            Numbers numbers,
            SecurityEvents security,
            TransactionTemplate tx) {
        this.providers = providers;
        this.settings = settings;
        this.webhooks = webhooks;
        this.inbox = inbox;
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
                refused(kind);
                throw new WebhookRefused("invalid_signature", "the webhook's signature is missing or wrong");
            }
            if (request.body().indexOf('\0') >= 0) {
                // Not even kept as unreadable: PostgreSQL text cannot hold the NUL character.
                throw new InvalidInput("invalid_webhook", "the payload contains a NUL character");
            }
            List<ProviderEvent> events;
            try {
                events = provider.parse(request);
            } catch (IllegalArgumentException e) {
                keepUnreadable(kind, request, e.getMessage());
                throw new InvalidInput(
                        "invalid_webhook", "the payload is not a " + kind + " webhook: " + e.getMessage());
            }
            String query = query(request);
            // Answered after the commit; a redelivery finds its key stored already and adds nothing.
            inbox.store(
                    organization,
                    events.stream()
                            .map(e -> new WebhookEvents.Pending(
                                    kind, e.eventKey(), request.contentType(), query, request.body()))
                            .toList());
            return provider.reply(request, events);
        });
    }

    /**
     * A forged webhook is a security event; a flood of them from one address is one event counting
     * them (per provider, in windows of {@link #REPEATS_WINDOW}), not a row per request.
     */
    private void refused(ProviderKind kind) {
        String address =
                CallerContext.current().map(CallerContext.Caller::ipAddress).orElse(null);
        security.recordRepeated(
                new SecurityEvent.Report(
                        SecurityEventKind.WEBHOOK_SIGNATURE_INVALID,
                        Severity.WARNING,
                        null,
                        null,
                        Map.of("provider", kind.toString())),
                SecurityEventKind.WEBHOOK_SIGNATURE_INVALID + "/" + kind + "/" + address,
                REPEATS_WINDOW);
    }

    /** The latest stored events, newest first, optionally of one status (troubleshooting). */
    public List<ReceivedWebhook> recent(@Nullable String status, @Nullable Integer limit) {
        if (status != null && !List.of("pending", "processed", "failed").contains(status)) {
            throw new InvalidInput("invalid_parameter", "status must be pending, processed or failed");
        }
        return tx.execute(s -> webhooks.recent(status, CursorPage.limit(limit)).stream()
                .map(r -> new ReceivedWebhook(
                        r.getId(),
                        ProviderKind.fromCode(r.getProvider()),
                        r.getEventKey(),
                        r.getReceivedAt().toInstant(),
                        r.getStatus(),
                        r.getAttempts(),
                        r.getNextAttemptAt() == null
                                ? null
                                : r.getNextAttemptAt().toInstant(),
                        r.getProcessedAt() == null ? null : r.getProcessedAt().toInstant(),
                        r.getLastError(),
                        r.getCallId()))
                .toList());
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
        tx.executeWithoutResult(status -> webhooks.insertPending(
                        kind,
                        "unreadable:" + Signatures.sha256Hex(request.body()),
                        request.contentType(),
                        query(request),
                        request.body())
                .ifPresent(id -> webhooks.failed(id, "unreadable: " + why, 1, Duration.ZERO, true)));
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
}
