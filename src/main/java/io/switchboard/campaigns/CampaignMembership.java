package io.switchboard.campaigns;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.campaigns.internal.CampaignFeed;
import io.switchboard.campaigns.internal.Campaigns;
import io.switchboard.campaigns.internal.Members;
import io.switchboard.campaigns.internal.MessageMembers;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.messaging.MessagingCampaigns;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.CampaignSpend;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is in a campaign: adding leads (by hand or by criteria), the funnel, the stats, exclusions. */
@Service
public class CampaignMembership {

    /** The most leads one request adds by criteria. */
    public static final int MAX_BY_CRITERIA = 100_000;

    /** The most leads one request adds by id. */
    public static final int MAX_BY_ID = 10_000;

    private final Campaigns campaigns;
    private final Members members;
    private final LeadManagement leads;
    private final LeadCalls leadCalls;
    private final LeadDirectory directory;
    private final AuditLog audit;
    private final CampaignFeed feed;
    private final CallManagement calls;
    private final MessagingCampaigns messaging;
    private final MessageMembers messageMembers;
    private final Clock clock;

    CampaignMembership(
            Campaigns campaigns,
            Members members,
            LeadManagement leads,
            LeadCalls leadCalls,
            LeadDirectory directory,
            AuditLog audit,
            CampaignFeed feed,
            CallManagement calls,
            MessagingCampaigns messaging,
            MessageMembers messageMembers,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.leads = leads;
        this.leadCalls = leadCalls;
        this.directory = directory;
        this.audit = audit;
        this.feed = feed;
        this.calls = calls;
        this.messaging = messaging;
        this.messageMembers = messageMembers;
        this.clock = clock;
    }

    /** How many members were added, and how many of the leads were already in the campaign. */
    public record Added(int added, int alreadyMembers) {}

    /** Adds leads by id: every id must be a live lead of the organization, or nothing is added. */
    @Transactional
    public Added addLeads(CampaignId id, List<UUID> leadIds, @Nullable UUID actor) {
        if (leadIds.isEmpty() || leadIds.size() > MAX_BY_ID) {
            throw new InvalidInput("lead_ids", "invalid_size", "must hold 1 to " + MAX_BY_ID + " lead ids");
        }
        Set<UUID> wanted = new HashSet<>(leadIds);
        Set<UUID> known = new HashSet<>();
        boolean calls = !campaigns
                .campaign(id)
                .orElseThrow(() -> new NotFound("campaign", id))
                .type()
                .messages();
        if (calls) {
            leadCalls.targets(wanted.stream().map(LeadId::of).toList()).keySet().forEach(l -> known.add(l.value()));
        } else {
            known.addAll(directory.scores(wanted).keySet()); // the send policy says who has no address
        }
        List<UUID> unknown =
                wanted.stream().filter(l -> !known.contains(l)).limit(5).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(
                    "lead_ids",
                    "invalid_reference",
                    (calls ? "no live lead with a phone number: " : "no lead: ") + unknown);
        }
        return add(id, wanted, "lead_ids", actor);
    }

    /** Adds every live lead the criteria (the lead list's filters) select, up to {@value #MAX_BY_CRITERIA}. */
    @Transactional
    public Added addByCriteria(CampaignId id, LeadFilter criteria, @Nullable UUID actor) {
        List<UUID> ids = leads.ids(live(criteria), MAX_BY_CRITERIA).stream()
                .map(LeadId::value)
                .toList();
        return add(id, ids, "criteria", actor);
    }

    /** How many leads the criteria select now (the builder's live preview). */
    @Transactional(readOnly = true)
    public int preview(LeadFilter criteria) {
        return leads.count(live(criteria));
    }

    @Transactional(readOnly = true)
    public CampaignStats stats(CampaignId id) {
        CampaignsRecord r = record(id);
        CampaignSpend spend = calls.campaignSpend(r.getId());
        Map<String, Integer> byStatus = members.countByStatus(r.getId());
        boolean messages = campaigns.toCampaign(r).type().messages();
        return new CampaignStats(
                r.getTotalCalls(),
                r.getAnswered(),
                r.getTransferred(),
                r.getConverted(),
                CampaignStats.rate(r.getConverted(), r.getTotalCalls()),
                spend.charged(),
                spend.open(),
                byStatus,
                members.exclusionsByReason(r.getId()),
                messages ? funnel(id.value(), byStatus) : null);
    }

    /** A message campaign's progress from its funnel; null for a calling campaign. */
    @Transactional(readOnly = true)
    public @Nullable MessageProgress messageProgress(CampaignId id) {
        CampaignType type = campaigns
                .campaign(id)
                .orElseThrow(() -> new NotFound("campaign", id))
                .type();
        return type.messages() ? MessageProgress.of(type, funnel(id.value(), members.countByStatus(id.value()))) : null;
    }

    private MessageFunnel funnel(UUID campaign, Map<String, Integer> byStatus) {
        MessagingCampaigns.Funnel messages = messaging.funnel(campaign);
        return new MessageFunnel(
                byStatus.values().stream().mapToInt(Integer::intValue).sum(),
                byStatus.getOrDefault(MemberStatus.PENDING.toString(), 0),
                byStatus.getOrDefault(MemberStatus.EXCLUDED.toString(), 0),
                messages.sent(),
                messages.waiting(),
                messages.delivered(),
                messages.read(),
                messages.failed(),
                messages.replied());
    }

    @Transactional(readOnly = true)
    public CursorPage<Exclusion> exclusions(
            CampaignId id, @Nullable String reason, @Nullable String cursor, @Nullable Integer limit) {
        CampaignsRecord r = record(id);
        int size = CursorPage.limit(limit);
        List<Exclusion> rows = members.exclusions(r.getId(), reason, CursorPage.after(cursor), size).stream()
                .map(e -> new Exclusion(
                        e.getId(),
                        e.getLeadId(),
                        e.getReason(),
                        List.of(e.getReasons()),
                        e.getOutcome(),
                        e.getNextAllowedAt() == null
                                ? null
                                : e.getNextAllowedAt().toInstant(),
                        e.getRecordedAt().toInstant()))
                .toList();
        return CursorPage.of(rows, size, Exclusion::id);
    }

    @Transactional(readOnly = true)
    public CursorPage<Member> members(
            CampaignId id, @Nullable MemberStatus status, @Nullable String cursor, @Nullable Integer limit) {
        CampaignsRecord r = record(id);
        int size = CursorPage.limit(limit);
        List<Member> rows =
                members
                        .list(r.getId(), status == null ? null : status.toString(), CursorPage.after(cursor), size)
                        .stream()
                        .map(m -> new Member(
                                m.getLeadId(),
                                MemberStatus.fromCode(m.getStatus()),
                                m.getExclusionReason(),
                                m.getAttempts(),
                                m.getNextAttemptAt().toInstant(),
                                m.getLastCallId(),
                                m.getLastOutcome(),
                                m.getAddedAt().toInstant(),
                                null,
                                null))
                        .toList();
        return CursorPage.of(messageMembers.withMessages(id.value(), rows), size, Member::leadId);
    }

    private Added add(CampaignId id, java.util.Collection<UUID> leadIds, String how, @Nullable UUID actor) {
        CampaignsRecord r = campaigns.lock(id).orElseThrow(() -> new NotFound("campaign", id));
        CampaignStatus status = CampaignStatus.fromCode(r.getStatus());
        if (status == CampaignStatus.COMPLETED || status == CampaignStatus.CANCELED) {
            throw new Conflict("campaign_finished", "a " + status + " campaign takes no new members");
        }
        int added = members.add(r.getId(), directory.scores(leadIds), clock.instant());
        AuditRecord entry = AuditRecord.of("campaign.members_added", "campaign", id)
                .values(null, Map.of("by", how, "added", added, "requested", leadIds.size()));
        audit.record(actor == null ? entry : entry.by(actor));
        feed.changed(r.getOrganizationId(), id);
        return new Added(added, leadIds.size() - added);
    }

    private CampaignsRecord record(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
    }

    /** A campaign never targets deleted leads, whatever its criteria say. */
    private static LeadFilter live(LeadFilter f) {
        return f.toBuilder().deleted(null).build();
    }
}
