package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGN_MEMBERS;

import io.switchboard.campaigns.Member;
import io.switchboard.campaigns.MemberStatus;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.MessagingCampaigns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** A message campaign's side of the members table: who was messaged with which message. */
@Repository
public class MessageMembers {

    private final DSLContext db;
    private final MessagingCampaigns messaging;

    MessageMembers(DSLContext db, MessagingCampaigns messaging) {
        this.db = db;
        this.messaging = messaging;
    }

    /** These members (lead → message) were sent the campaign's message. */
    public void messaged(UUID campaign, Map<UUID, UUID> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Table<?> v = DSL.table(
                        "unnest({0}::uuid[], {1}::uuid[])",
                        DSL.val(messages.keySet().toArray(UUID[]::new)),
                        DSL.val(messages.values().toArray(UUID[]::new)))
                .as("v", "lead_id", "message_id");
        db.update(CAMPAIGN_MEMBERS)
                .set(CAMPAIGN_MEMBERS.STATUS, MemberStatus.MESSAGED.toString())
                .set(CAMPAIGN_MEMBERS.MESSAGE_ID, DSL.field(DSL.name("v", "message_id"), UUID.class))
                .set(CAMPAIGN_MEMBERS.ATTEMPTS, CAMPAIGN_MEMBERS.ATTEMPTS.plus(1))
                .from(v)
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.LEAD_ID.eq(DSL.field(DSL.name("v", "lead_id"), UUID.class)))
                .execute();
    }

    /** These members (a page) with the message a message campaign sent each and its status now. */
    public List<Member> withMessages(UUID campaign, List<Member> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<UUID, UUID> sent =
                messagesOf(campaign, page.stream().map(Member::leadId).toList());
        if (sent.isEmpty()) {
            return page;
        }
        Map<UUID, MessageStatus> statuses = messaging.statuses(campaign, sent.keySet());
        return page.stream()
                .map(m -> new Member(
                        m.leadId(),
                        m.status(),
                        m.exclusionReason(),
                        m.attempts(),
                        m.nextAttemptAt(),
                        m.lastCallId(),
                        m.lastOutcome(),
                        m.addedAt(),
                        sent.get(m.leadId()),
                        statuses.containsKey(m.leadId())
                                ? statuses.get(m.leadId()).toString()
                                : null))
                .toList();
    }

    /** The message each of these leads was sent by the campaign (those it messaged). */
    private Map<UUID, UUID> messagesOf(UUID campaign, List<UUID> leads) {
        Map<UUID, UUID> sent = new HashMap<>();
        db.select(CAMPAIGN_MEMBERS.LEAD_ID, CAMPAIGN_MEMBERS.MESSAGE_ID)
                .from(CAMPAIGN_MEMBERS)
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.LEAD_ID.in(leads),
                        CAMPAIGN_MEMBERS.MESSAGE_ID.isNotNull())
                .forEach(r -> sent.put(r.value1(), r.value2()));
        return sent;
    }

    /** When the next pending member is due (a deferred one's retry), if any is pending. */
    public Optional<Instant> nextDue(UUID campaign) {
        return db.select(DSL.min(CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT))
                .from(CAMPAIGN_MEMBERS)
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.STATUS.eq(MemberStatus.PENDING.toString()))
                .fetchOptional(r -> r.value1())
                .map(OffsetDateTime::toInstant);
    }
}
