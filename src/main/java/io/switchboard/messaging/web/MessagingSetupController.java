package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadId;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.messaging.MessagingWindow;
import io.switchboard.messaging.ProviderAccount;
import io.switchboard.messaging.ProviderType;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateDraft;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.CursorPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging")
@Tag(
        name = "Messaging setup",
        description = "Provider accounts per channel (secrets write-only; the simulated provider where none is set),"
                + " templates with versions and previews, and the messaging window (quiet hours outside it)")
class MessagingSetupController {

    private final MessagingProviders providers;
    private final MessageTemplates templates;

    MessagingSetupController(MessagingProviders providers, MessageTemplates templates) {
        this.providers = providers;
        this.templates = templates;
    }

    /**
     * @param config the account's settings (a sender number, a from address…), shown back
     * @param secrets API keys and tokens: sealed, never shown back; left out keeps the stored ones
     * @param perMinute messages per minute the account may send
     */
    record ProviderInput(
            @NotNull Channel channel,
            @NotNull ProviderType kind,
            @Nullable @Size(max = 30) Map<@Size(max = 60) String, Object> config,
            @Nullable @Size(max = 10) Map<@Size(max = 60) String, Object> secrets,
            @Nullable @Min(1) @Max(100000) Integer perMinute) {}

    /**
     * @param language e.g. en, es, pt-BR
     * @param subject required for e-mail; may use variables
     * @param body the text, with {{variable}} placeholders (the lead's name, first_name, email, phone,
     *     company and custom fields fill them, or the message's variables)
     * @param category WhatsApp's template category: marketing, utility (default), authentication
     * @param approval WhatsApp's approval of the template: pending (default), approved, rejected;
     *     templates of other channels are approved
     */
    record TemplateInput(
            @NotBlank @Size(max = 120) String name,
            @NotNull Channel channel,
            @NotNull @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String language,
            @Nullable @Size(max = 300) String subject,
            @NotBlank @Size(max = 5000) String body,
            @Nullable @Size(max = 30) String category,
            @Nullable Approval approval) {}

    record PreviewInput(
            @NotNull UUID leadId,
            @Nullable @Size(max = 50) Map<@Size(max = 60) String, @Size(max = 1000) String> variables) {}

    /**
     * @param startMinute minutes after the lead's local midnight when messages may start (480: 08:00)
     * @param endMinute minutes after the lead's local midnight when they stop (1260: 21:00; 1440: midnight)
     */
    record WindowInput(@NotNull Integer startMinute, @NotNull Integer endMinute) {}

    @GetMapping("/providers")
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(summary = "Each channel's provider account (simulated where none is set); secrets are never shown")
    CursorPage<ProviderAccount> providers() {
        return CursorPage.whole(providers.list());
    }

    @PostMapping("/providers")
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(
            summary = "Set a channel's provider account (replaces the one it had)",
            description = "400 kind_not_for_channel when the kind does not carry the channel; 400 kind_not_available"
                    + " for a kind this version cannot send through yet.")
    ProviderAccount setProvider(@Valid @RequestBody ProviderInput body) {
        return providers.put(
                body.channel(),
                body.kind(),
                body.config() == null ? Map.of() : body.config(),
                body.secrets(),
                body.perMinute());
    }

    @DeleteMapping("/providers/{channel}")
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(summary = "Back to the simulated provider for a channel")
    ProviderAccount resetProvider(@PathVariable Channel channel) {
        return providers.reset(channel);
    }

    @GetMapping("/templates")
    @PreAuthorize("hasAuthority('messages:read')")
    @Operation(summary = "Templates, newest first")
    CursorPage<Template> templates(
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return templates.list(channel, cursor, limit);
    }

    @PostMapping("/templates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(summary = "Create a template (version 1); its variables are the placeholders it uses")
    Template createTemplate(@Valid @RequestBody TemplateInput body, @AuthenticationPrincipal AuthenticatedUser me) {
        return templates.create(draft(body), me.id().value());
    }

    @GetMapping("/templates/{id}")
    @PreAuthorize("hasAuthority('messages:read')")
    @Operation(summary = "A template at its current version")
    Template template(@PathVariable UUID id) {
        return templates.get(TemplateId.of(id));
    }

    @PutMapping("/templates/{id}")
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(summary = "Change a template: a new version (messages keep the version they were sent with)")
    Template updateTemplate(
            @PathVariable UUID id,
            @Valid @RequestBody TemplateInput body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return templates.update(TemplateId.of(id), draft(body), me.id().value());
    }

    @PostMapping("/templates/{id}/preview")
    @PreAuthorize("hasAuthority('messages:read')")
    @Operation(
            summary = "The template rendered with a lead's data (nothing is sent)",
            description = "400 missing_variables names every placeholder with no value.")
    MessageTemplates.Preview preview(@PathVariable UUID id, @Valid @RequestBody PreviewInput body) {
        return templates.preview(
                TemplateId.of(id), LeadId.of(body.leadId()), body.variables() == null ? Map.of() : body.variables());
    }

    @GetMapping("/window")
    @PreAuthorize("hasAuthority('messages:read')")
    @Operation(summary = "The messaging window in the lead's local time (quiet hours outside it)")
    MessagingWindow window() {
        return providers.window();
    }

    @PutMapping("/window")
    @PreAuthorize("hasAuthority('messaging:manage')")
    @Operation(summary = "Set the messaging window")
    MessagingWindow setWindow(@Valid @RequestBody WindowInput body) {
        return providers.setWindow(new MessagingWindow(body.startMinute(), body.endMinute()));
    }

    private static TemplateDraft draft(TemplateInput body) {
        return new TemplateDraft(
                body.name(),
                body.channel(),
                body.language(),
                body.subject(),
                body.body(),
                List.of(),
                body.category(),
                body.approval() == null ? Approval.PENDING : body.approval());
    }
}
