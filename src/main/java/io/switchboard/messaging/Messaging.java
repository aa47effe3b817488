package io.switchboard.messaging;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadTimeline;
import io.switchboard.messaging.internal.CampaignMessageStore;
import io.switchboard.messaging.internal.MessageStore;
import io.switchboard.messaging.internal.MessagingJobs;
import io.switchboard.messaging.internal.PolicyCheck;
import io.switchboard.messaging.internal.TemplateStore;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a message: rendered, checked against {@link SendPolicy} (a refusal is a 409 with its
 * code and nothing is stored), stored as queued and handed to the job engine, which sends it at
 * once or at its {@code send_at}. A message with no final status by its validity period plus an
 * hour is marked expired.
 */
@Service
public class Messaging {

    /** How long a provider may take to report a final status (SMS validity periods default to a day). */
    static final Duration VALIDITY = Duration.ofHours(24);

    static final Duration EXPIRY_GRACE = Duration.ofHours(1);
    static final Duration LONGEST_DELAY = Duration.ofDays(30);

    private final MessageStore messages;
    private final CampaignMessageStore campaignMessages;
    private final TemplateStore templates;
    private final PolicyCheck policy;
    private final MessagingProviders providers;
    private final LeadManagement leads;
    private final LeadTimeline timeline;
    private final Jobs jobs;
    private final Job<MessagingJobs.Send> sendJob;
    private final Job<MessagingJobs.Expire> expireJob;
    private final Clock clock;

    Messaging(
            MessageStore messages,
            CampaignMessageStore campaignMessages,
            TemplateStore templates,
            PolicyCheck policy,
            MessagingProviders providers,
            LeadManagement leads,
            LeadTimeline timeline,
            Jobs jobs,
            Job<MessagingJobs.Send> sendJob,
            Job<MessagingJobs.Expire> expireJob,
            Clock clock) {
        this.messages = messages;
        this.campaignMessages = campaignMessages;
        this.templates = templates;
        this.policy = policy;
        this.providers = providers;
        this.leads = leads;
        this.timeline = timeline;
        this.jobs = jobs;
        this.sendJob = sendJob;
        this.expireJob = expireJob;
        this.clock = clock;
    }

    @Transactional
    public Message send(SendMessage command, @Nullable UUID actor) {
        Instant now = clock.instant();
        Instant at = sendAt(command.sendAt(), now);
        Lead lead = leads.get(command.leadId());
        if (lead.isDeleted()) {
            throw new Conflict("lead_deleted", "lead " + lead.id() + " is deleted; restore it first");
        }
        Rendered rendered = render(command, lead);
        String recipient = recipient(command.channel(), lead);
        ConsentPurpose purpose = purpose(command);
        policy.refusal(lead, command.channel(), recipient, purpose, rendered.approval(), at)
                .ifPresent(Messaging::refuse);
        return get(store(command, lead, purpose, recipient, rendered, at, actor, null));
    }

    /**
     * A campaign's message to one of its members, the template rendered for the lead as {@link #send}
     * does and refused for the same reasons, but at most once per campaign and lead (asked again, it
     * answers the message queued the first time) and refused without throwing, so that the
     * campaign's batch goes on: {@link CampaignSend.Refused} carries the code, and for quiet hours
     * when the lead's window opens.
     */
    @Transactional
    public CampaignSend sendForCampaign(UUID campaign, LeadId leadId, Channel channel, TemplateId template) {
        Optional<MessageId> earlier = campaignMessages.of(campaign, leadId);
        if (earlier.isPresent()) {
            return new CampaignSend.Sent(earlier.get());
        }
        Instant now = clock.instant();
        Lead lead = leads.get(leadId); // a member's lead exists: members go with their lead
        if (lead.isDeleted()) {
            return new CampaignSend.Refused("lead_unavailable", "the lead is deleted", null);
        }
        SendMessage command =
                new SendMessage(leadId, channel, template, null, null, Map.of(), ConsentPurpose.MARKETING, null);
        Rendered rendered;
        String recipient;
        try {
            rendered = render(command, lead);
            recipient = recipient(channel, lead);
        } catch (Problem refused) {
            return new CampaignSend.Refused(refused.code(), refused.detail(), null);
        }
        Optional<Refusal> refusal =
                policy.refusal(lead, channel, recipient, ConsentPurpose.MARKETING, rendered.approval(), now);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            return new CampaignSend.Refused(
                    r.code(), r.reason(), r == Refusal.QUIET_HOURS ? policy.windowOpens(lead, now) : null);
        }
        return new CampaignSend.Sent(
                store(command, lead, ConsentPurpose.MARKETING, recipient, rendered, now, null, campaign));
    }

    /** Stores the message queued, schedules its send and expiry, and puts it on the lead's timeline. */
    private MessageId store(
            SendMessage command,
            Lead lead,
            ConsentPurpose purpose,
            String recipient,
            Rendered rendered,
            Instant at,
            @Nullable UUID actor,
            @Nullable UUID campaign) {
        MessageId id = messages.insert(queued(command, lead, purpose, recipient, rendered, at, actor));
        Map<String, Object> details = new java.util.LinkedHashMap<>(
                Map.of("message_id", id.toString(), "channel", command.channel().toString(), "direction", "outbound"));
        if (campaign != null) {
            campaignMessages.tag(id, campaign);
            details.put("campaign_id", campaign.toString());
        }
        queue(id, at);
        timeline.recordMessage(
                lead.id(),
                actor,
                Labels.of(command.channel())
                        + (campaign == null ? " to the lead: " : " from a campaign: ")
                        + excerpt(rendered.body()),
                details,
                clock.instant());
        return id;
    }

    private MessageStore.NewMessage queued(
            SendMessage command,
            Lead lead,
            ConsentPurpose purpose,
            String recipient,
            Rendered rendered,
            Instant at,
            @Nullable UUID actor) {
        return new MessageStore.NewMessage(
                lead.id(),
                command.channel(),
                "outbound",
                command.channel().reachesLead() ? purpose : null,
                providers.of(command.channel()).kind(),
                recipient,
                rendered.template(),
                rendered.version(),
                rendered.subject(),
                rendered.body(),
                MessageStatus.QUEUED,
                command.sendAt() == null ? null : at,
                at.plus(VALIDITY).plus(EXPIRY_GRACE),
                actor);
    }

    /** The send at its time, and the expiry should no provider ever report a final status. */
    private void queue(MessageId id, Instant at) {
        jobs.schedule(sendJob, id.toString(), new MessagingJobs.Send(id.value()), at);
        jobs.schedule(
                expireJob,
                id.toString(),
                new MessagingJobs.Expire(id.value()),
                at.plus(VALIDITY).plus(EXPIRY_GRACE));
    }

    @Transactional(readOnly = true)
    public Message get(MessageId id) {
        Message message = messages.find(id).orElseThrow(() -> new NotFound("message", id));
        leads.get(message.leadId()); // the lead's reach is the message's
        return message;
    }

    private record Rendered(
            @Nullable TemplateId template,
            @Nullable Integer version,
            @Nullable Approval approval,
            @Nullable String subject,
            String body) {}

    private Rendered render(SendMessage command, Lead lead) {
        if ((command.templateId() == null)
                == (command.body() == null || command.body().isBlank())) {
            throw new InvalidInput("template_id", "template_or_body", "give either template_id or body");
        }
        if (command.templateId() == null) {
            if (command.channel() == Channel.EMAIL
                    && (command.subject() == null || command.subject().isBlank())) {
                throw new InvalidInput("subject", "subject_required", "an e-mail needs a subject");
            }
            return new Rendered(
                    null, null, null, command.subject(), command.body().strip());
        }
        Template template = templates
                .find(command.templateId())
                .orElseThrow(() -> new InvalidInput("template_id", "unknown_template", "is not a template of yours"));
        if (template.channel() != command.channel()) {
            throw new InvalidInput(
                    "template_id", "template_channel_mismatch", "is a " + template.channel() + " template");
        }
        Map<String, String> values = MessageTemplates.values(lead, command.variables());
        return new Rendered(
                template.id(),
                template.version(),
                template.approval(),
                template.subject() == null ? null : TemplateText.render(template.subject(), values),
                TemplateText.render(template.body(), values));
    }

    private String recipient(Channel channel, Lead lead) {
        String address =
                switch (channel) {
                    case EMAIL -> lead.email();
                    case SMS, WHATSAPP -> lead.phone();
                    case SLACK -> String.valueOf(providers.of(channel).config().getOrDefault("channel", "#leads"));
                };
        if (address == null || address.isBlank()) {
            throw new Conflict(
                    "no_address", "the lead has no " + (channel == Channel.EMAIL ? "e-mail address" : "phone number"));
        }
        return channel == Channel.EMAIL ? address.strip().toLowerCase(java.util.Locale.ROOT) : address;
    }

    private static void refuse(Refusal refusal) {
        throw new Conflict(refusal.code(), refusal.reason(), Map.of("reason", refusal.reason()));
    }

    private static ConsentPurpose purpose(SendMessage command) {
        if (command.purpose() == ConsentPurpose.AI_CALLS) {
            throw new InvalidInput("purpose", "invalid_purpose", "must be marketing or transactional");
        }
        return command.purpose() == null ? ConsentPurpose.MARKETING : command.purpose();
    }

    private static Instant sendAt(@Nullable Instant sendAt, Instant now) {
        if (sendAt == null) {
            return now;
        }
        if (sendAt.isBefore(now.minus(Duration.ofMinutes(5)))) {
            throw new InvalidInput("send_at", "in_past", "must not be in the past");
        }
        if (sendAt.isAfter(now.plus(LONGEST_DELAY))) {
            throw new InvalidInput("send_at", "too_far", "must be within 30 days");
        }
        return sendAt.isBefore(now) ? now : sendAt;
    }

    static String excerpt(String body) {
        return body.length() > 140 ? body.substring(0, 139) + "…" : body;
    }
}
