package io.switchboard.demo;

import io.switchboard.compliance.ConsentChannel;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.NewConsent;
import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.NewLead;
import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.AlertRule;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.FirstContact;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.Messaging;
import io.switchboard.messaging.MessagingAlerts;
import io.switchboard.messaging.MessagingFirstContact;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.messaging.MessagingWindow;
import io.switchboard.messaging.SendMessage;
import io.switchboard.messaging.SimulatedReplies;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateDraft;
import io.switchboard.messaging.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Acme Realty's messaging: templates in English and Spanish on SMS, e-mail and WhatsApp (one
 * WhatsApp template still waiting for Meta's approval), consents per channel, and a few
 * conversations the simulated provider plays out after the load — delivered, read, a reply, an
 * opt-out and the message it then stopped — and Slack alerts to the team when a lead turns hot or
 * replies. Sent through the public services, as a user would.
 */
@Component
class DemoMessaging {

    /** Long enough for the STOP reply to be in before the scheduled message tries to leave. */
    private static final Duration AFTER_THE_STOP = Duration.ofMinutes(2);

    private final MessageTemplates templates;
    private final MessagingProviders providers;
    private final Messaging messaging;
    private final SimulatedReplies replies;
    private final Consents consents;
    private final MessagingAlerts alerts;
    private final MessagingFirstContact firstContact;
    private final LeadManagement leads;
    private final DemoMessageCampaign messageCampaign;

    DemoMessaging(
            MessageTemplates templates,
            MessagingProviders providers,
            Messaging messaging,
            SimulatedReplies replies,
            Consents consents,
            MessagingAlerts alerts,
            MessagingFirstContact firstContact,
            LeadManagement leads,
            DemoMessageCampaign messageCampaign) {
        this.templates = templates;
        this.providers = providers;
        this.messaging = messaging;
        this.replies = replies;
        this.consents = consents;
        this.alerts = alerts;
        this.firstContact = firstContact;
        this.leads = leads;
        this.messageCampaign = messageCampaign;
    }

    /**
     * Once the month of history is in (its leads arrived long ago): new leads get a welcome text two
     * minutes after they arrive, and one arrives now, with consent from its enquiry form, so a
     * newcomer sees its first contact go out. Must run in the demo organization's tenant context.
     */
    void firstContact(User admin) {
        Template welcome = templates.create(
                new TemplateDraft(
                        "Welcome",
                        Channel.SMS,
                        "en",
                        null,
                        "Hi {{first_name}}, thanks for your enquiry with Acme Realty! An agent will call you shortly."
                                + " Reply STOP to opt out.",
                        List.of(),
                        null,
                        Approval.APPROVED),
                admin.id().value());
        firstContact.replace(new FirstContact(true, Channel.SMS, welcome.id(), 2));
        Lead jordan = leads.create(
                NewLead.named("Jordan Avila").withContact("jordan.avila@example.com", "(512) 555-0188", null),
                admin.id().value());
        consent(admin, jordan, ConsentChannel.SMS, "Ticked \"text me about my enquiry\" on the enquiry form");
    }

    /** Must run in the demo organization's tenant context, after the leads and calling rules. */
    void create(User admin, List<Lead> leads) {
        UUID by = admin.id().value();
        // Acme's leads span Sydney to Los Angeles: messaging stays open around the clock so the demo's
        // sends (and a newcomer's first one) go at any hour; quiet hours are set on the Messaging page.
        providers.setWindow(new MessagingWindow(0, 1440));
        // the team hears of hot leads and replies in Slack (the simulated account's #leads) from the start
        alerts.replace(List.of(
                new AlertRule(AlertEvent.LEAD_HOT, Channel.SLACK, null),
                new AlertRule(AlertEvent.LEAD_REPLIED, Channel.SLACK, null)));
        List<Template> english = templates(by);
        conversations(
                admin,
                leads,
                english.get(0).id(),
                english.get(1).id(),
                english.get(2).id());
        messageCampaign.create(admin, leads, english.get(0).id());
    }

    /** name, channel, language, WhatsApp approval, subject, body: English and Spanish on each channel. */
    private static final String[][] TEMPLATES = {
        {
            "Viewing reminder",
            "sms",
            "en",
            "approved",
            "",
            "Hi {{first_name}}, this is Acme Realty: your viewing is confirmed. Reply STOP to opt out."
        },
        {
            "New listings",
            "email",
            "en",
            "approved",
            "New homes for you, {{first_name}}",
            "Hi {{first_name}},\n\nThree new homes match what you are looking for. Reply to book a viewing.\n\nAcme"
                    + " Realty"
        },
        {
            "Open house invitation",
            "whatsapp",
            "en",
            "approved",
            "",
            "Hi {{first_name}}! Acme Realty is holding an open house at Lakeside Condos this Saturday, 10:00-14:00."
        },
        {
            "Recordatorio de visita",
            "sms",
            "es",
            "approved",
            "",
            "Hola {{first_name}}, le escribe Acme Realty: su visita está confirmada. Responda BAJA para darse de"
                    + " baja."
        },
        {
            "Nuevas propiedades",
            "email",
            "es",
            "approved",
            "Nuevas viviendas para usted, {{first_name}}",
            "Hola {{first_name}}:\n\nTenemos tres viviendas nuevas que le pueden interesar.\n\nAcme Realty"
        },
        // still with Meta for review: the console shows it pending, and it cannot be sent yet
        {
            "Invitación a jornada de puertas abiertas",
            "whatsapp",
            "es",
            "pending",
            "",
            "¡Hola {{first_name}}! Acme Realty abre las puertas de Lakeside Condos este sábado de 10:00 a 14:00."
        },
    };

    /** Creates the templates; answers them in the order above. */
    private List<Template> templates(UUID by) {
        List<Template> created = new ArrayList<>();
        for (String[] t : TEMPLATES) {
            Channel channel = Channel.fromCode(t[1]);
            created.add(templates.create(
                    new TemplateDraft(
                            t[0],
                            channel,
                            t[2],
                            t[4].isEmpty() ? null : t[4],
                            t[5],
                            List.of(),
                            channel == Channel.WHATSAPP ? "marketing" : null,
                            Approval.fromCode(t[3])),
                    by));
        }
        return created;
    }

    private void conversations(
            User admin, List<Lead> leads, TemplateId reminder, TemplateId listings, TemplateId openHouse) {
        Lead dana = leads.get(0);
        Lead marcus = leads.get(1);
        Lead priya = leads.get(2);
        Lead sofia = leads.get(4);
        consent(admin, dana, ConsentChannel.SMS, "Ticked \"text me about viewings\" on the enquiry form");
        consent(admin, marcus, ConsentChannel.EMAIL, "Subscribed to new-listing e-mails on acme.example");
        consent(admin, priya, ConsentChannel.WHATSAPP, "Asked on a call to get invitations on WhatsApp");
        consent(admin, sofia, ConsentChannel.SMS, "Ticked \"text me about viewings\" at the open house");

        send(admin, dana, Channel.SMS, reminder, null, null);
        reply(dana, Channel.SMS, "Thanks! See you Saturday at 11.");
        send(admin, marcus, Channel.EMAIL, listings, null, null);
        send(admin, priya, Channel.WHATSAPP, openHouse, null, null);
        reply(priya, Channel.WHATSAPP, "Lovely, I'll bring my husband.");
        send(admin, sofia, Channel.SMS, reminder, null, null);
        // Scheduled before Sofia's STOP: when it is due she has opted out, so it fails with the reason.
        send(
                admin,
                sofia,
                Channel.SMS,
                null,
                "Sofia, a 2-bed just came up near Zilker Park. Want to see it?",
                Instant.now().plus(AFTER_THE_STOP));
        reply(sofia, Channel.SMS, "STOP");
    }

    private void consent(User admin, Lead lead, ConsentChannel channel, String evidence) {
        consents.record(
                lead.id(),
                new NewConsent(
                        ConsentSource.WEB_FORM,
                        Instant.now().minus(Duration.ofDays(5)),
                        evidence,
                        null,
                        channel,
                        ConsentPurpose.MARKETING),
                admin.id().value());
    }

    private void send(
            User admin,
            Lead lead,
            Channel channel,
            @Nullable TemplateId template,
            @Nullable String body,
            @Nullable Instant at) {
        messaging.send(
                new SendMessage(lead.id(), channel, template, null, body, Map.of(), ConsentPurpose.MARKETING, at),
                admin.id().value());
    }

    private void reply(Lead lead, Channel channel, String text) {
        replies.reply(channel, String.valueOf(lead.phone()), text);
    }
}
