package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.VoiceProviderAccount;
import io.switchboard.telephony.VoiceProviderChanges;
import io.switchboard.telephony.VoiceProviderSettings;
import io.switchboard.telephony.internal.webhooks.ReceivedWebhook;
import io.switchboard.telephony.internal.webhooks.WebhookIngest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Voice providers", description = "The organization's provider accounts, secrets write-only")
class VoiceProviderController {

    private final VoiceProviderSettings settings;
    private final WebhookIngest webhooks;

    VoiceProviderController(VoiceProviderSettings settings, WebhookIngest webhooks) {
        this.settings = settings;
        this.webhooks = webhooks;
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateProvider(
            @Nullable Optional<Boolean> enabled,
            @Nullable Optional<Map<String, Object>> config,
            @Nullable Optional<@Size(min = 8, max = 500) String> authToken,
            @Nullable Optional<@Size(min = 16, max = 500) String> webhookSecret) {}

    /** @param webhookSecret shown this once: configure it at the provider */
    record NewSecret(String webhookSecret) {}

    @GetMapping("/api/v1/voice-providers")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(
            summary =
                    "Each provider: enabled, settings, whether secrets are set, and the webhook URL to give it (one page)")
    CursorPage<VoiceProviderAccount> list() {
        return CursorPage.whole(settings.all());
    }

    @PatchMapping("/api/v1/voice-providers/{provider}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Configure a provider (config keys per provider; the simulator's rates and timings)")
    VoiceProviderAccount update(
            @PathVariable @Size(max = 32) String provider, @Valid @RequestBody UpdateProvider body) {
        return settings.update(
                kind(provider),
                new VoiceProviderChanges(body.enabled(), body.config(), body.authToken(), body.webhookSecret()));
    }

    @PostMapping("/api/v1/voice-providers/{provider}/webhook-secret")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Generate a new webhook signing secret (shown once; the old one stops working)")
    NewSecret rotate(@PathVariable @Size(max = 32) String provider) {
        return new NewSecret(settings.rotateWebhookSecret(kind(provider)));
    }

    @GetMapping("/api/v1/webhook-events")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(
            summary = "The latest webhook events received from providers, newest first",
            description = "status: pending (waiting to be applied or for a retry, with last_error), processed or"
                    + " failed; limit 1..200 (default 50). Payloads are not shown.")
    Map<String, List<ReceivedWebhook>> webhookEvents(
            @RequestParam(required = false) @Nullable @Size(max = 32) String status,
            @RequestParam(required = false) @Nullable Integer limit) {
        return Map.of("data", webhooks.recent(status, limit));
    }

    static ProviderKind kind(String provider) {
        try {
            return ProviderKind.fromCode(provider);
        } catch (IllegalArgumentException e) {
            throw new NotFound("provider", provider);
        }
    }
}
