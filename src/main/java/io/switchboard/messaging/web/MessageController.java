package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadId;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Communication;
import io.switchboard.messaging.Communications;
import io.switchboard.messaging.Message;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.Messaging;
import io.switchboard.messaging.SendMessage;
import io.switchboard.messaging.SimulatedReplies;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.CursorPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Messages",
        description = "Messages to leads (e-mail, SMS, WhatsApp) and alerts to Slack: refused before they leave when"
                + " policy says so, statuses that only move forward, and a lead's calls and messages in one list")
class MessageController {

    private final Messaging messaging;
    private final Communications communications;
    private final SimulatedReplies simulator;

    MessageController(Messaging messaging, Communications communications, SimulatedReplies simulator) {
        this.messaging = messaging;
        this.communications = communications;
        this.simulator = simulator;
    }

    /**
     * @param templateId a template of the channel (rendered with the lead's data and variables); or body
     * @param subject an e-mail's subject when there is no template
     * @param variables values for the template's placeholders, over the lead's own
     * @param purpose what the lead's consent must cover: marketing (default) or transactional
     * @param sendAt when to send it (default now; at most 30 days ahead); kept across restarts
     */
    record SendInput(
            @NotNull UUID leadId,
            @NotNull Channel channel,
            @Nullable UUID templateId,
            @Nullable @Size(max = 300) String subject,
            @Nullable @Size(max = 5000) String body,
            @Nullable @Size(max = 50) Map<@Size(max = 60) String, @Size(max = 1000) String> variables,
            @Nullable ConsentPurpose purpose,
            @Nullable Instant sendAt) {}

    /** @param from the lead's number (E.164) or e-mail address */
    record InboundInput(
            @NotBlank @Size(max = 320) String from,
            @NotNull Channel channel,
            @NotBlank @Size(max = 5000) String body) {}

    @PostMapping("/api/v1/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('messages:send')")
    @Operation(
            summary = "Send a message (queued; sent by the job engine at once or at send_at)",
            description = "409 when policy refuses it, with a stable code and the reason: opted_out, no_consent,"
                    + " do_not_contact, quiet_hours, outside_whatsapp_window, template_not_approved (no_address when"
                    + " the lead has no address on the channel). 400 missing_variables names the placeholders with"
                    + " no value.")
    @ApiResponse(responseCode = "202", description = "Queued: {id, status: queued, ...}")
    Message send(@Valid @RequestBody SendInput body, @AuthenticationPrincipal AuthenticatedUser me) {
        return messaging.send(
                new SendMessage(
                        LeadId.of(body.leadId()),
                        body.channel(),
                        body.templateId() == null ? null : TemplateId.of(body.templateId()),
                        body.subject(),
                        body.body(),
                        body.variables() == null ? Map.of() : body.variables(),
                        body.purpose(),
                        body.sendAt()),
                me.id().value());
    }

    @GetMapping("/api/v1/messages/{id}")
    @PreAuthorize("hasAuthority('messages:read')")
    @Operation(summary = "A message with every status its provider reported (applied or not)")
    Message get(@PathVariable UUID id) {
        return messaging.get(MessageId.of(id));
    }

    @GetMapping("/api/v1/leads/{id}/communications")
    @PreAuthorize("hasAuthority('messages:read') and hasAuthority('calls:read')")
    @Operation(summary = "A lead's calls and messages, newest first, in one cursor list")
    CursorPage<Communication> communications(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return communications.of(LeadId.of(id), cursor, limit);
    }

    @PostMapping("/api/v1/messaging/simulator/inbound")
    @PreAuthorize("hasAuthority('messages:send')")
    @Operation(
            summary = "Play a reply from a lead on the simulated provider",
            description = "Goes through the same signed webhook as the simulator's deliveries. STOP, UNSUBSCRIBE,"
                    + " BAJA, ARRET opt the address out of the channel; START opts it back in. 409 not_simulated when"
                    + " the channel has a real provider.")
    SimulatedReplies.Reply inbound(@Valid @RequestBody InboundInput body) {
        return simulator.reply(body.channel(), body.from(), body.body());
    }
}
