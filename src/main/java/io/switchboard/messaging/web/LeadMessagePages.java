package io.switchboard.messaging.web;

import io.switchboard.compliance.ConsentChannel;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.NewConsent;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Communication;
import io.switchboard.messaging.Communications;
import io.switchboard.messaging.LeadMessagesTopic;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.Messaging;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.messaging.SendMessage;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lead page's Messages card: send a message (a template, previewed with the lead's data, or
 * free text), record a consent where a refusal asks for one, and the lead's one conversation —
 * calls and messages in time order — refreshed live as providers report. The lead page loads it by
 * URL, so leads needs nothing from messaging.
 */
@Controller
@ConsolePage
class LeadMessagePages {

    private static final int CONVERSATION = 30;
    private static final List<Channel> TO_LEADS = List.of(Channel.SMS, Channel.EMAIL, Channel.WHATSAPP);

    /** A message status's badge colour (the console's existing badge classes); calls use their own. */
    static final Map<String, String> COLOURS = Map.of(
            "scheduled", "pending",
            "queued", "queued",
            "sending", "in_progress",
            "sent", "in_progress",
            "delivered", "completed",
            "read", "ok",
            "received", "active",
            "failed", "failed",
            "undelivered", "failed",
            "expired", "failed");

    /** What the send form holds: kept when a message is refused, so nothing typed is lost. */
    record Draft(
            Channel channel,
            @Nullable UUID templateId,
            @Nullable String subject,
            @Nullable String body,
            ConsentPurpose purpose) {

        static final Draft EMPTY = new Draft(Channel.SMS, null, null, null, ConsentPurpose.MARKETING);
    }

    /** Why the last send was refused, and for a missing consent the consent that would fix it. */
    record Refused(String code, String text, @Nullable ConsentChannel consentChannel, ConsentPurpose purpose) {}

    private final Messaging messaging;
    private final Communications communications;
    private final MessageTemplates templates;
    private final MessagingProviders providers;
    private final Consents consents;
    private final LeadManagement leads;

    LeadMessagePages(
            Messaging messaging,
            Communications communications,
            MessageTemplates templates,
            MessagingProviders providers,
            Consents consents,
            LeadManagement leads) {
        this.messaging = messaging;
        this.communications = communications;
        this.templates = templates;
        this.providers = providers;
        this.consents = consents;
        this.leads = leads;
    }

    @GetMapping("/leads/{id}/messages-card")
    @PreAuthorize("hasAuthority('messages:read')")
    String card(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        return card(LeadId.of(id), Draft.EMPTY, me, model);
    }

    @GetMapping("/leads/{id}/conversation")
    @PreAuthorize("hasAuthority('messages:read')")
    String conversation(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        conversation(leads.get(LeadId.of(id)), me, model);
        return "messaging/lead-messages :: conversation";
    }

    /** Sends; a refusal re-renders the card with the reason in words and the form as it was. */
    @PostMapping("/leads/{id}/messages")
    @PreAuthorize("hasAuthority('messages:send')")
    String send(
            @PathVariable UUID id,
            @RequestParam Channel channel,
            @RequestParam(name = "template_id", required = false) @Nullable UUID templateId,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(defaultValue = "marketing") ConsentPurpose purpose,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        LeadId lead = LeadId.of(id);
        Draft draft = new Draft(channel, templateId, blank(subject), blank(body), purpose);
        try {
            messaging.send(
                    new SendMessage(
                            lead,
                            channel,
                            templateId == null ? null : TemplateId.of(templateId),
                            draft.subject(),
                            draft.body(),
                            Map.of(),
                            purpose,
                            null),
                    me.id().value());
            model.addAttribute("queued", true);
            return card(lead, new Draft(channel, null, null, null, purpose), me, model);
        } catch (Conflict refusal) {
            String text = RefusalText.of(refusal.code(), channel, purpose, providers.window());
            model.addAttribute(
                    "refused",
                    new Refused(
                            refusal.code(),
                            text,
                            "no_consent".equals(refusal.code()) ? channel.consent() : null,
                            purpose));
            return card(lead, draft, me, model);
        }
    }

    /** The chosen template filled with the lead's data; one that cannot be filled says why. */
    @PostMapping("/leads/{id}/messages/preview")
    @PreAuthorize("hasAuthority('messages:read')")
    String preview(
            @PathVariable UUID id,
            @RequestParam(name = "template_id", required = false) @Nullable UUID templateId,
            Model model) {
        if (templateId != null) {
            try {
                model.addAttribute("preview", templates.preview(TemplateId.of(templateId), LeadId.of(id), Map.of()));
            } catch (Problem problem) {
                model.addAttribute("previewProblem", problem.getMessage());
            }
        }
        return "messaging/lead-messages :: preview";
    }

    @PostMapping("/leads/{id}/messages/consents")
    @PreAuthorize("hasAuthority('compliance:write')")
    String consent(
            @PathVariable UUID id,
            @RequestParam ConsentChannel channel,
            @RequestParam ConsentPurpose purpose,
            @RequestParam ConsentSource source,
            @RequestParam(required = false) @Nullable String evidence,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        LeadId lead = LeadId.of(id);
        consents.record(
                lead,
                new NewConsent(source, null, evidence, null, channel, purpose),
                me.id().value());
        model.addAttribute("consented", channel.toString() + " for " + purpose);
        return card(lead, new Draft(channelOf(channel), null, null, null, purpose), me, model);
    }

    private String card(LeadId id, Draft draft, AuthenticatedUser me, Model model) {
        Lead lead = leads.get(id);
        model.addAttribute("draft", draft);
        model.addAttribute("channels", TO_LEADS);
        model.addAttribute("purposes", List.of(ConsentPurpose.MARKETING, ConsentPurpose.TRANSACTIONAL));
        model.addAttribute("sources", ConsentSource.values());
        model.addAttribute(
                "templates",
                templates.list(null, null, 100).data().stream()
                        .filter(t -> t.channel().reachesLead())
                        .toList());
        model.addAttribute("maySend", me.has(Permission.MESSAGES_SEND) && !lead.isDeleted());
        model.addAttribute("mayConsent", me.has(Permission.COMPLIANCE_WRITE) && !lead.isDeleted());
        conversation(lead, me, model);
        return "messaging/lead-messages :: card";
    }

    private void conversation(Lead lead, AuthenticatedUser me, Model model) {
        boolean calls = me.has(Permission.CALLS_READ);
        model.addAttribute("lead", lead);
        model.addAttribute("topic", LeadMessagesTopic.of(lead.id()));
        model.addAttribute("colours", COLOURS);
        model.addAttribute(
                "entries",
                // Oldest first by the time each shows: a record dated before it was stored (a call
                // recorded after the fact, the demo's history) sits where its time says.
                communications.of(lead.id(), null, CONVERSATION).data().stream()
                        .filter(c -> calls || !"call".equals(c.type()))
                        .sorted(Comparator.comparing(Communication::at).thenComparing(Communication::id))
                        .toList());
    }

    private static Channel channelOf(ConsentChannel channel) {
        return switch (channel) {
            case EMAIL -> Channel.EMAIL;
            case WHATSAPP -> Channel.WHATSAPP;
            case SMS, VOICE -> Channel.SMS;
        };
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
