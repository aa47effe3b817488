package io.switchboard.demo;

import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.NewCampaign;
import io.switchboard.compliance.ConsentChannel;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.NewConsent;
import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.messaging.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Acme's small SMS campaign: the viewing reminder to ten leads, started when the demo loads. Four of
 * them signed up for open-house texts at the Lakeside desk (SMS consent for marketing) and Sofia
 * replied STOP to an earlier text: the run messages the four, once each, and the exclusions report
 * says why the others got nothing ({@code no_consent}, Sofia {@code opted_out}, Noah's number on the
 * do-not-call list {@code do_not_contact}), so the campaign's
 * funnel is not empty on first start. The leads the other demo stories (and their browser tests)
 * follow, Dana and Emily among them, are left out of it.
 */
@Component
class DemoMessageCampaign {

    private static final Logger log = LoggerFactory.getLogger(DemoMessageCampaign.class);
    private static final List<String> MEMBERS = List.of(
            "Sofia Alvarez",
            "Grace Kim",
            "Daniel Novak",
            "Hannah Schultz",
            "Luis Ortega",
            "Noah Williams",
            "Ethan Brooks",
            "Benjamin Clark",
            "Isabella Rossi",
            "Zoe Martin");
    private static final List<String> SIGNED_UP =
            List.of("Grace Kim", "Hannah Schultz", "Isabella Rossi", "Zoe Martin");

    private final CampaignManagement campaigns;
    private final CampaignMembership membership;
    private final Consents consents;

    DemoMessageCampaign(CampaignManagement campaigns, CampaignMembership membership, Consents consents) {
        this.campaigns = campaigns;
        this.membership = membership;
        this.consents = consents;
    }

    /** Must run in the demo organization, after its templates, consents and conversations. */
    void create(User admin, List<Lead> leads, TemplateId reminder) {
        UUID by = admin.id().value();
        List<Lead> members =
                leads.stream().filter(l -> MEMBERS.contains(l.name())).toList();
        members.stream().filter(l -> SIGNED_UP.contains(l.name())).forEach(lead -> signedUp(lead, by));
        Campaign campaign = campaign(reminder, by);
        membership.addLeads(
                campaign.id(), members.stream().map(l -> l.id().value()).toList(), by);
        campaigns.start(campaign.id(), by);
        log.info("Demo: SMS campaign '{}' started with {} members", campaign.name(), members.size());
    }

    private void signedUp(Lead lead, UUID by) {
        consents.record(
                lead.id(),
                new NewConsent(
                        ConsentSource.WEB_FORM,
                        Instant.now().minus(Duration.ofDays(2)),
                        "Signed up for open-house texts at the Lakeside Condos desk",
                        null,
                        ConsentChannel.SMS,
                        ConsentPurpose.MARKETING),
                by);
    }

    private Campaign campaign(TemplateId reminder, UUID by) {
        return campaigns.create(
                new NewCampaign(
                        "Viewing reminder by SMS",
                        "The viewing reminder to ten leads; the send policy decides who may get it.",
                        CampaignType.SMS,
                        reminder.value(),
                        null,
                        null,
                        null,
                        LeadFilter.withPhone(),
                        CampaignSchedule.always(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        DialOrder.ARRIVAL),
                by);
    }
}
