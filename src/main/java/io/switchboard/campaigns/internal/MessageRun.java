package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignCompleted;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.messaging.CampaignSend;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Messaging;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.messaging.TemplateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A message campaign's run: the job {@code campaigns.message-run}, one per campaign, repeating
 * every {@link #INTERVAL} while the campaign is active (the job engine keeps it across restarts
 * and runs it on one node). Each run, in one transaction of the organization holding the
 * campaign's row: due pending members are claimed (SKIP LOCKED), each is sent the template through
 * {@link Messaging#sendForCampaign} (the send policy decides, as for any message; at most one
 * message per campaign and lead), the sent ones turn {@code messaged} with their message, the
 * refused ones are excluded with the policy's code (deferred to the lead's window for quiet hours).
 * A run takes no more members than the provider account sends in an interval, so messages queue at
 * the account's pace instead of piling up, and a paused campaign stops within one run.
 */
@Component
public class MessageRun {

    /** The job's payload. */
    public record Due(UUID campaignId) {}

    static final Duration INTERVAL = Duration.ofSeconds(10);
    static final int MOST_PER_RUN = 500;
    private static final Duration TEMPLATE_RETRY = Duration.ofHours(1);

    /** Codes a campaign records as exclusions (the campaign_exclusions check constraint). */
    private static final Set<String> REASONS = Set.of(
            "opted_out",
            "no_consent",
            "do_not_contact",
            "quiet_hours",
            "template_not_approved",
            "outside_whatsapp_window",
            "no_address",
            "missing_variables",
            "lead_unavailable");

    private final Campaigns campaigns;
    private final Members members;
    private final MessageMembers messageMembers;
    private final Messaging messaging;
    private final MessagingProviders providers;
    private final ApplicationEventPublisher events;
    private final CampaignFeed feed;
    private final Clock clock;

    MessageRun(
            Campaigns campaigns,
            Members members,
            MessageMembers messageMembers,
            Messaging messaging,
            MessagingProviders providers,
            ApplicationEventPublisher events,
            CampaignFeed feed,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.messageMembers = messageMembers;
        this.messaging = messaging;
        this.providers = providers;
        this.events = events;
        this.feed = feed;
        this.clock = clock;
    }

    /** One run; when to run again, or null when the campaign is paused, finished or gone. */
    public @Nullable Instant run(Due due) {
        Instant now = clock.instant();
        CampaignsRecord c = campaigns.lock(CampaignId.of(due.campaignId())).orElse(null);
        Channel channel =
                c == null ? null : CampaignType.fromCode(c.getCampaignType()).channel();
        CampaignStatus status = c == null ? CampaignStatus.CANCELED : CampaignStatus.fromCode(c.getStatus());
        if (c == null || channel == null || (status != CampaignStatus.ACTIVE && status != CampaignStatus.SCHEDULED)) {
            return null; // paused (resume runs it again), finished or deleted
        }
        return round(c, channel, status, now);
    }

    private @Nullable Instant round(CampaignsRecord c, Channel channel, CampaignStatus status, Instant now) {
        CampaignSchedule schedule = campaigns.schedule(c);
        if (schedule.endedBy(now)) {
            complete(c, now, "schedule_ended");
            return null;
        }
        if (!schedule.openAt(now)) {
            Instant opens = schedule.nextOpening(now);
            return opens == null ? now.plus(Duration.ofHours(1)) : opens;
        }
        if (status == CampaignStatus.SCHEDULED) {
            campaigns.setStatus(c, CampaignStatus.ACTIVE, now);
            feed.changed(c.getOrganizationId(), CampaignId.of(c.getId()));
        }
        List<UUID> claimed = members.claimDue(
                c.getId(),
                DialOrder.fromCode(c.getDialOrder()),
                now,
                perRun(providers.of(channel).perMinute()));
        if (claimed.isEmpty()) {
            if (!members.anyOpen(c.getId())) {
                complete(c, now, "all_messaged");
                return null;
            }
            Instant next = messageMembers.nextDue(c.getId()).orElse(now);
            return next.isAfter(now.plus(INTERVAL)) ? next : now.plus(INTERVAL);
        }
        send(c, channel, claimed, now);
        return now.plus(INTERVAL);
    }

    /** As many members as the account sends in one interval (at least one, at most {@value #MOST_PER_RUN}). */
    static int perRun(int perMinute) {
        long inInterval = (long) perMinute * INTERVAL.toSeconds() / 60;
        return (int) Math.max(1, Math.min(MOST_PER_RUN, inInterval));
    }

    private void send(CampaignsRecord c, Channel channel, List<UUID> claimed, Instant now) {
        UUID id = c.getId();
        TemplateId template = TemplateId.of(c.getTemplateId());
        Map<UUID, UUID> sent = new LinkedHashMap<>();
        Map<UUID, Instant> deferred = new LinkedHashMap<>();
        Map<String, List<UUID>> excluded = new LinkedHashMap<>();
        List<Members.Refusal> refusals = new ArrayList<>();
        for (UUID lead : claimed) {
            switch (messaging.sendForCampaign(id, LeadId.of(lead), channel, template)) {
                case CampaignSend.Sent s -> sent.put(lead, s.message().value());
                case CampaignSend.Refused r -> {
                    String code = reason(r.code());
                    Instant retry = "template_not_approved".equals(code) ? now.plus(TEMPLATE_RETRY) : r.retryAt();
                    refusals.add(new Members.Refusal(lead, code, List.of(code), retry));
                    if (retry != null) {
                        deferred.put(lead, retry);
                    } else {
                        excluded.computeIfAbsent(code, k -> new ArrayList<>()).add(lead);
                    }
                }
            }
        }
        messageMembers.messaged(id, sent);
        members.defer(id, deferred);
        excluded.forEach((reason, leads) -> members.exclude(id, leads, reason));
        members.record(id, refusals, now);
        feed.changed(c.getOrganizationId(), CampaignId.of(id));
    }

    /** A code the campaign does not know means the campaign itself is wrong: the run fails and is retried. */
    private static String reason(String code) {
        if (!REASONS.contains(code)) {
            throw new IllegalStateException("message campaign refused with an unexpected code: " + code);
        }
        return code;
    }

    private void complete(CampaignsRecord c, Instant now, String reason) {
        campaigns.setStatus(c, CampaignStatus.COMPLETED, now, reason);
        events.publishEvent(new CampaignCompleted(c.getOrganizationId(), CampaignId.of(c.getId())));
        feed.changed(c.getOrganizationId(), CampaignId.of(c.getId()));
    }
}
